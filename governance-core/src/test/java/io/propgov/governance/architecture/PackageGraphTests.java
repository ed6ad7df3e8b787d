package io.propgov.governance.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of governance-core depend on each other only one way, read from the main sources
 * (imports and fully qualified names alike). Cycles that are still to be taken apart are listed
 * here by name, so that none can be added unseen and each one removed must leave this list.
 */
class PackageGraphTests {

  private static final Path MAIN = Path.of("src/main/java/io/propgov/governance");
  private static final Pattern USE = Pattern.compile("io\\.propgov\\.governance\\.([a-z]+)\\.[A-Za-z]");

  /** Pairs of packages that still depend on each other: to be taken apart, never added to. */
  private static final Set<String> KNOWN_CYCLES = Set.of();

  /** Which packages each package uses, besides itself. */
  private static Map<String, Set<String>> graph() {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = MAIN.relativize(file).getName(0).toString();
        if (from.endsWith(".java")) {
          continue; // module-level files
        }
        Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!m.group(1).equals(from)) {
            uses.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /**
   * Every pair of packages that reach each other, directly or through others, as {@code a<->b}
   * with {@code a < b}.
   */
  private static Set<String> cycles(Map<String, Set<String>> graph) {
    Set<String> cycles = new TreeSet<>();
    for (String a : graph.keySet()) {
      for (String b : graph.keySet()) {
        if (a.compareTo(b) < 0 && reaches(graph, a, b) && reaches(graph, b, a)) {
          cycles.add(a + "<->" + b);
        }
      }
    }
    return cycles;
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
    Set<String> seen = new TreeSet<>();
    List<String> pending = new ArrayList<>(List.of(from));
    while (!pending.isEmpty()) {
      String at = pending.remove(pending.size() - 1);
      for (String next : graph.getOrDefault(at, Set.of())) {
        if (next.equals(to)) {
          return true;
        }
        if (seen.add(next)) {
          pending.add(next);
        }
      }
    }
    return false;
  }

  @Test
  void theSourcesAreRead() {
    Map<String, Set<String>> graph = graph();
    assertTrue(graph.keySet().containsAll(Set.of("policy", "explain", "vote", "engine")), graph.toString());
    assertTrue(graph.get("engine").contains("vote"), "the engine uses the rule areas");
  }

  @Test
  void noPackagesDependOnEachOtherButTheCyclesStillListed() {
    assertEquals(KNOWN_CYCLES, cycles(graph()), "packages that reach each other");
  }

  @Test
  void theExplanationsDependOnNoRuleAreaNorTheEngine() {
    Set<String> uses = graph().get("explain");
    for (String area : List.of("satisfaction", "vote", "org", "service", "credit", "subsidy", "metrics", "engine")) {
      assertTrue(!uses.contains(area), "explain uses " + area + ": " + uses);
    }
  }
}
