package org.wego.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.Scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * CeDS issue target: scoring 10,000 assessments of 100 indicators takes under a second. One benchmark operation
 * scores all 10,000 (binary LOSI-style framework, and a SCALE/NUMERIC criterion-mean framework).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CedsScoringBenchmark {

    static final int ASSESSMENTS = 10_000;
    static final int CRITERIA = 5;
    static final int PER_CRITERION = 20;

    Framework binary;
    Framework mixed;
    List<Map<String, Object>> binaryAnswers;
    List<Map<String, Object>> mixedAnswers;

    @Setup
    public void setUp() {
        List<Framework.Band> bands = List.of(new Framework.Band("VERY_HIGH", 0.75), new Framework.Band("HIGH", 0.5),
                new Framework.Band("MIDDLE", 0.25), new Framework.Band("LOW", 0.0));
        List<Framework.Criterion> binaryCriteria = new ArrayList<>();
        List<Framework.Criterion> mixedCriteria = new ArrayList<>();
        for (int c = 0; c < CRITERIA; c++) {
            List<Framework.Indicator> b = new ArrayList<>();
            List<Framework.Indicator> m = new ArrayList<>();
            for (int i = 0; i < PER_CRITERION; i++) {
                String code = "C" + c + "I" + i;
                b.add(new Framework.Indicator(code, "q", Framework.AnswerType.BINARY, 1.0, null, null, null, null));
                m.add(i % 2 == 0
                        ? new Framework.Indicator(code, "q", Framework.AnswerType.SCALE, 1.0 + i % 3, null, 4.0, null, null)
                        : new Framework.Indicator(code, "q", Framework.AnswerType.NUMERIC, 1.0, 0.0, 100.0, null, null));
            }
            binaryCriteria.add(new Framework.Criterion("C" + c, "c", 1.0, b));
            mixedCriteria.add(new Framework.Criterion("C" + c, "c", 1.0 + c, m));
        }
        binary = new Framework("B", "1", "b", Framework.Aggregation.INDICATOR_MEAN, binaryCriteria, bands, null);
        mixed = new Framework("M", "1", "m", Framework.Aggregation.CRITERION_MEAN, mixedCriteria, bands, null);
        Random random = new Random(42);
        binaryAnswers = new ArrayList<>(ASSESSMENTS);
        mixedAnswers = new ArrayList<>(ASSESSMENTS);
        for (int a = 0; a < ASSESSMENTS; a++) {
            Map<String, Object> ba = new HashMap<>();
            Map<String, Object> ma = new HashMap<>();
            for (int c = 0; c < CRITERIA; c++) {
                for (int i = 0; i < PER_CRITERION; i++) {
                    String code = "C" + c + "I" + i;
                    ba.put(code, random.nextBoolean());
                    ma.put(code, i % 2 == 0 ? random.nextInt(5) : random.nextDouble() * 100);
                }
            }
            binaryAnswers.add(ba);
            mixedAnswers.add(ma);
        }
    }

    // The framework is compiled once per operation, as a ranking or feed that scores many assessments does.
    @Benchmark
    public void score10kBinaryAssessments(Blackhole sink) {
        Scoring.Scorer scorer = Scoring.compile(binary);
        for (Map<String, Object> answers : binaryAnswers) {
            sink.consume(scorer.score(answers));
        }
    }

    @Benchmark
    public void score10kMixedAssessments(Blackhole sink) {
        Scoring.Scorer scorer = Scoring.compile(mixed);
        for (Map<String, Object> answers : mixedAnswers) {
            sink.consume(scorer.score(answers));
        }
    }
}
