package io.propgov.governance.examples.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.report.Csv;
import io.propgov.governance.examples.report.CsvReader;
import io.propgov.governance.json.GovernanceJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random NDJSON files mixing sound and bad lines ({@link BatchProperties#line}), the CSV batch
 * writes one record per input line, in order, numbered, each the estate's summary or a rejected
 * row, and the same bytes for one thread as for several.
 */
class CsvBatchProperties {

  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final int MAX_LINE = 20_000;
  private static final CsvLineJudge JUDGE = new CsvLineJudge(JSON,
      GovernanceEngine.create(Presets.load(JSON, Presets.DEFAULT)), LocalDate.of(2024, 12, 31), Locale.SIMPLIFIED_CHINESE);

  @Test
  void nLinesInGiveNRecordsOutInOrderTheSameForAnyThreads() {
    qt().withExamples(20)
        .forAll(lists().of(integers().between(0, 12)).ofSizeBetween(0, 120), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((kinds, seed) -> {
          Random random = new Random(seed);
          List<BatchProperties.Line> lines = new ArrayList<>();
          ByteArrayOutputStream input = new ByteArrayOutputStream();
          for (int kind : kinds) {
            BatchProperties.Line line = BatchProperties.line(kind, random.nextInt(1_000_000));
            lines.add(line);
            input.writeBytes(line.bytes());
            input.write('\n');
          }
          byte[] one = batch(input.toByteArray(), 1);
          byte[] many = batch(input.toByteArray(), 3);
          assertArrayEquals(one, many);
          String text = new String(one, StandardCharsets.UTF_8);
          List<List<String>> records = CsvReader.read(text.substring(1));
          assertEquals(lines.size() + 1, records.size(), "a heading, then one record per line");
          for (int i = 0; i < lines.size(); i++) {
            List<String> record = records.get(i + 1);
            BatchProperties.Line line = lines.get(i);
            assertEquals(Integer.toString(i + 1), record.get(0));
            assertEquals(records.get(0).size(), record.size());
            if (line.code() == null) {
              assertEquals(Csv.cell(line.estateId()), record.get(1));
            } else {
              assertEquals("rejected", record.get(3), record.toString());
            }
          }
        });
  }

  private static byte[] batch(byte[] input, int threads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(CsvLineJudge.heading(Locale.SIMPLIFIED_CHINESE).getBytes(StandardCharsets.UTF_8));
    new NdjsonBatch(JUDGE, threads, MAX_LINE, Csv.LINE_END).run(new ByteArrayInputStream(input), -1, out, null,
        Duration.ofSeconds(1));
    return out.toByteArray();
  }
}
