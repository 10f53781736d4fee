package org.wego.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.wego.gateway.routing.GatewayConfig;
import org.wego.gateway.routing.GatewayProblems;
import org.wego.gateway.security.Caller;
import org.wego.web.RequestIds;

import java.time.Duration;

/**
 * Quotas at the edge: anonymous callers per IP, authenticated callers per client ({@code azp}; per user of an app,
 * per service account) and per member city ({@code city} claim), so one city's officials cannot starve the others whatever app
 * they use. Every answer carries RateLimit-Limit / -Remaining / -Reset; a refusal is 429 problem+json with
 * Retry-After. Idle buckets expire, and at most 100,000 are kept.
 */
@Singleton
public class RateLimits {

    private final GatewayConfig.RateLimit config;
    // Housekeeping on the calling thread: the default hands it to the common pool, waking a thread every few reads.
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder().executor(Runnable::run)
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    public RateLimits(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /** @return true when the request may go on; otherwise the 429 has been sent. */
    public boolean admit(RoutingContext rc) {
        if (!config.enabled()) {
            return true;
        }
        Caller caller = Caller.of(rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null);
        TokenBucket.Decision decision;
        if (caller == null) {
            String ip = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
            decision = take("ip:" + ip, config.anonymous());
        } else {
            TokenBucket.Decision byCity = caller.cityKey() == null ? null : take(caller.cityKey(), config.authenticated());
            TokenBucket.Decision byClient = take(caller.clientKey(), config.authenticated());
            decision = byCity != null && (!byCity.allowed() || byCity.remaining() < byClient.remaining()) ? byCity : byClient;
        }
        var headers = rc.response().headers();
        headers.set("RateLimit-Limit", Long.toString(decision.limit()));
        headers.set("RateLimit-Remaining", Long.toString(decision.remaining()));
        headers.set("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        rc.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .putHeader("Content-Type", "application/problem+json")
                .putHeader(RequestIds.HEADER, rc.request().getHeader(RequestIds.HEADER))
                .end(GatewayProblems.json(rc.request(), 429, "Rate limit exceeded; retry after "
                        + decision.retryAfterSeconds() + " s"));
        return false;
    }

    private TokenBucket.Decision take(String key, GatewayConfig.Bucket bucket) {
        int share = Math.max(1, config.instances());
        return buckets.get(key, k -> new TokenBucket(bucket.rate() / share, Math.max(1, bucket.burst() / share), System::nanoTime)).take();
    }
}
