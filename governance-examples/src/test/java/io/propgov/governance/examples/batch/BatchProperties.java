package io.propgov.governance.examples.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.json.GovernanceJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random NDJSON files mixing sound lines with bad ones (bare {@code \r}, bytes that are not
 * UTF-8, lone surrogates, over-long lines, empty lines, malformed JSON, invalid estates), any line
 * ends, with or without a byte order mark, read in random pieces: exactly one output line per
 * input line, in order, each the decision or the error record for that line, and the same bytes
 * for one thread as for several.
 */
class BatchProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GovernanceJson JSON = GovernanceJson.create();
  /** Above every sample line (the longest is about 16 KB), far below the default, to keep over-long lines cheap. */
  private static final int MAX_LINE = 20_000;
  private static final LineJudge JUDGE = new EstateLineJudge(JSON,
      GovernanceEngine.create(Presets.load(JSON, Presets.DEFAULT)), LocalDate.of(2024, 12, 31), Locale.ENGLISH);
  private static final List<String> SAMPLES = samples();
  private static final int KINDS = 13;

  private static List<String> samples() {
    List<String> lines = new ArrayList<>();
    for (Estate estate : SampleData.load(JSON).estates()) {
      lines.add(JSON.writeEstateLine(estate));
    }
    return lines;
  }

  /** A line to write: its bytes, without a line end, and what its result must be. */
  record Line(byte[] bytes, String estateId, String code) {}

  /** The line of a kind; {@code n} varies it. */
  static Line line(int kind, int n) {
    return switch (kind) {
      case 0, 1, 2 -> {
        String sample = SAMPLES.get(n % SAMPLES.size());
        String id = JSON.readEstate(sample).id();
        // A \r between tokens is white space, however the line ends.
        yield decision(n % 2 == 0 ? sample : "{\r" + sample.substring(1), id);
      }
      case 3 -> error("", "syntax");
      case 4 -> error("{\"id\":\"broken\",\"surveyRounds\":[", "syntax");
      case 5 -> error("{\"id\":\"negative\",\"households\":-" + (1 + n % 9) + "}", "minimum");
      case 6 -> {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE4, (byte) 0xB8},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"id\":\"bad" + n));
        out.writeBytes(bad[n % bad.length]);
        out.writeBytes(utf8("\"}"));
        yield new Line(out.toByteArray(), null, "encoding");
      }
      case 7 -> error("{\"id\":\"lone" + n + "\\u" + Integer.toHexString(0xD800 + n % 0x800) + "\"}", "encoding");
      case 8 -> error("{\"id\":\"long\",\"name\":\"" + "x".repeat(MAX_LINE + n % 70_000) + "\"}", "limit");
      case 9 -> {
        String head = "{\"id\":\"full" + n + "\",\"name\":\"";
        yield decision(head + "y".repeat(MAX_LINE - head.length() - 2) + "\"}", "full" + n); // exactly the maximum
      }
      case 10 -> error("\r", "syntax");
      case 11 -> error("{\"id\":\"a\"}\r{\"id\":\"b\"}", "syntax");
      default -> decision("{\"id\":\"\u5c0f\u533a" + n + "\",\"name\":\"\u7ea2\u8272\u7269\u4e1a\"}", "\u5c0f\u533a" + n);
    };
  }

  private static Line decision(String text, String id) {
    return new Line(utf8(text), id, null);
  }

  private static Line error(String text, String code) {
    return new Line(utf8(text), null, code);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyLineGivesOneResultInOrderTheSameForAnyThreadsAndReads() {
    qt().withExamples(30)
        .forAll(lists().of(integers().between(0, KINDS - 1)).ofSizeBetween(0, 300),
            integers().between(0, Integer.MAX_VALUE), integers().between(0, 15))
        .checkAssert((kinds, seed, form) -> {
          Random random = new Random(seed);
          List<Line> lines = new ArrayList<>();
          for (int kind : kinds) {
            lines.add(line(kind, random.nextInt(1_000_000)));
          }
          byte[] input = file(lines, random, (form & 1) != 0, (form & 2) != 0, (form & 4) != 0);
          byte[] one = batch(new ByteArrayInputStream(input), 1);
          byte[] many = batch(new Trickle(new ByteArrayInputStream(input), seed, (form & 8) != 0 ? 7 : 70_000), 3);
          assertArrayEquals(one, many);
          check(lines, new String(one, StandardCharsets.UTF_8));
        });
  }

  /** The file: each line and its end, {@code \n} or {@code \r\n}; perhaps a BOM, perhaps no last line end. */
  private static byte[] file(List<Line> lines, Random random, boolean bom, boolean crlf, boolean lastEnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    for (int i = 0; i < lines.size(); i++) {
      byte[] bytes = lines.get(i).bytes();
      out.writeBytes(bytes);
      boolean last = i == lines.size() - 1;
      // Without its end an empty last line is no line at all, and a \r last line keeps its \r.
      if (!last || lastEnd || bytes.length == 0) {
        out.writeBytes(crlf && random.nextBoolean() ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      }
    }
    return out.toByteArray();
  }

  private static byte[] batch(InputStream in, int threads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new NdjsonBatch(JUDGE, threads, MAX_LINE).run(in, -1, out, null, Duration.ofSeconds(1));
    return out.toByteArray();
  }

  private static void check(List<Line> lines, String output) {
    String[] results = output.isEmpty() ? new String[0] : output.split("\n", -1);
    assertEquals(lines.isEmpty() ? 0 : lines.size() + 1, results.length, "one line per input line, each ended");
    for (int i = 0; i < lines.size(); i++) {
      JsonNode result = read(results[i]);
      Line line = lines.get(i);
      assertEquals(i + 1, result.path("line").asLong(), results[i]);
      if (line.code() == null) {
        assertTrue(result.has("decision"), results[i]);
        assertEquals(line.estateId(), result.path("estateId").asText(), results[i]);
      } else {
        assertTrue(result.has("errors") && !result.has("decision"), results[i]);
        assertEquals(line.code(), result.at("/errors/0/code").asText(), results[i]);
      }
    }
  }

  private static JsonNode read(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hands out the input in random pieces, so that line ends and characters fall across reads. */
  private static final class Trickle extends FilterInputStream {
    private final Random random;
    private final int most;

    Trickle(InputStream in, long seed, int most) {
      super(in);
      this.random = new Random(seed);
      this.most = most;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(most)));
    }
  }
}
