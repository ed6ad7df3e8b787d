package io.propgov.governance.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README says each thing once and in a newcomer's order. */
class ReadmeProseTests {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`(*])");
  private static final int SHORTEST_CHECKED = 40;

  /** Sentences of the prose outside code blocks, headings, tables and markers, in order. */
  static List<String> sentences(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    boolean code = false;
    for (String line : lines) {
      String text = line.strip();
      boolean fence = text.startsWith("```");
      if (fence) {
        code = !code;
      }
      if (fence || code || text.isEmpty() || text.startsWith("#") || text.startsWith("|") || text.startsWith("<!--")) {
        if (!paragraph.isEmpty()) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
        continue;
      }
      paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
    }
    List<String> sentences = new ArrayList<>();
    for (String p : paragraphs) {
      for (String sentence : SENTENCE_END.split(p)) {
        String normal = String.join(" ", sentence.strip().split("\\s+"));
        if (normal.length() >= SHORTEST_CHECKED) {
          sentences.add(normal);
        }
      }
    }
    return sentences;
  }

  @Test
  void noSentenceAppearsTwice() throws IOException {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (String sentence : sentences(readme())) {
      seen.merge(sentence, 1, Integer::sum);
    }
    seen.values().removeIf(n -> n == 1);
    assertEquals(Map.of(), seen, "sentences the README repeats (say each once)");
  }

  @Test
  void repeatedSentencesAreFoundAcrossLineBreaks() {
    List<String> lines = List.of("A sentence long enough to be checked by the test, once.", "", "A sentence long enough",
        "to be checked by the test, once. Another.", "```", "A sentence long enough to be checked by the test, once.",
        "```");
    assertEquals(2, sentences(lines).stream().filter(s -> s.startsWith("A sentence long")).count());
  }

  @Test
  void theSectionsFollowANewcomersPath() throws IOException {
    List<String> headings = readme().stream().filter(l -> l.startsWith("## ")).toList();
    List<String> path = List.of("## Set up", "## Quick start: command line", "## Quick start: Java",
        "## Quick start: JSON", "## Quick start: the organisation hierarchy", "## Layered policies",
        "## Model assumptions", "## Modules", "## Testing");
    int last = -1;
    for (String heading : path) {
      int at = headings.indexOf(heading);
      assertTrue(at > last, heading + " should come after the sections before it in " + path + "; found " + headings);
      last = at;
    }
  }

  private static List<String> readme() throws IOException {
    return Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }
}
