package org.wego.fault;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.wego.testsupport.Stack;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Reads and changes a topic's configuration on the running broker, as an operator would with kafka-configs. */
final class Topics {

    private Topics() {
    }

    static String config(String topic, String key) {
        try (Admin admin = admin()) {
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(r)).all().get(30, TimeUnit.SECONDS).get(r).get(key).value();
        } catch (Exception e) {
            throw new IllegalStateException("could not read " + key + " of " + topic, e);
        }
    }

    /** Sets {@code key} on {@code topic}; {@code value == null} removes the override (back to the broker default). */
    static void set(String topic, String key, String value) {
        try (Admin admin = admin()) {
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            AlterConfigOp op = value == null
                    ? new AlterConfigOp(new ConfigEntry(key, ""), AlterConfigOp.OpType.DELETE)
                    : new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(r, List.of(op))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not change " + key + " of " + topic, e);
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.kafkaBootstrap());
        return Admin.create(props);
    }
}
