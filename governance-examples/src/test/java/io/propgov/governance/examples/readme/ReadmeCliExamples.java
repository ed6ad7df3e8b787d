package io.propgov.governance.examples.readme;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the README's command-line examples with the built jar and compares what they print with
 * the output the README shows: every {@code java -jar governance-examples/target/governance-cli.jar}
 * line of a {@code ```sh} block, and every {@code $ java -jar ...} line of a plain block.
 *
 * <p>The output shown for a command is, for a {@code $} line, the rest of its block; for a
 * {@code ```sh} block, the {@code #} lines after its last command, or else a plain {@code ```}
 * block right after it. Shown output must match the whole output (stdout, then stderr) line by
 * line; {@code …} within a line matches any text, and a line that is only {@code …} any number of
 * lines. A command whose shown output starts with {@code error:} must exit non-zero, every other
 * command 0. Commands run in a scratch directory that links the repository's
 * {@code governance-examples} and {@code governance-json}, so files they write stay there; a
 * command naming a file that neither ships nor is written by an earlier example is listed as not
 * run. Each example runs in its own JVM with start-up tuning only ({@code -XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC}).
 */
public final class ReadmeCliExamples {

  /** One command, the README line it is on, and the output shown for it (null when none). */
  record Example(int line, String command, List<String> shown) {
  }

  static final String JAR = "governance-examples/target/governance-cli.jar";
  private static final String PREFIX = "java -jar " + JAR;
  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z0-9_+-]*)\\s*$");

  private ReadmeCliExamples() {
  }

  /**
   * Runs every example.
   *
   * @param args README.md, the repository root, a scratch directory
   * @throws Exception when an example fails (the message names each by README line) or cannot run
   */
  public static void main(String[] args) throws Exception {
    List<String> readme = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    Path root = Path.of(args[1]).toAbsolutePath().normalize();
    Path work = Path.of(args[2]).toAbsolutePath().normalize();
    Files.createDirectories(work);
    for (String linked : List.of("governance-examples", "governance-json")) {
      Path link = work.resolve(linked);
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, root.resolve(linked));
      }
    }
    List<Example> examples = examples(readme);
    Set<String> written = new HashSet<>();
    Map<String, Run> runs = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (Example example : examples) {
      List<String> words = words(example.command());
      String missing = missingFile(words, work, written);
      if (missing != null) {
        System.out.println("README.md:" + example.line() + " not run, " + missing + " does not ship: " + example.command());
        continue;
      }
      // The same command twice runs once, unless it writes a file or reads one an example wrote.
      boolean sideEffects = redirect(words) != null || words.contains("--out") || words.stream().anyMatch(written::contains);
      long started = System.nanoTime();
      Run run = !sideEffects && runs.containsKey(example.command()) ? runs.get(example.command()) : run(words, work);
      long millis = (System.nanoTime() - started) / 1_000_000;
      runs.put(example.command(), run);
      ran++;
      String redirect = redirect(words);
      if (redirect != null) {
        written.add(redirect);
      }
      int out = words.indexOf("--out");
      if (out >= 0) {
        written.add(words.get(out + 1));
      }
      String problem = check(example, run);
      System.out.println("README.md:" + example.line() + (problem == null ? " ok" : " FAILED") + " (exit " + run.code()
          + ", " + millis + " ms): " + example.command());
      if (problem != null) {
        failures.add("README.md:" + example.line() + ": " + example.command() + "\n  " + problem);
      }
    }
    System.out.println("README command-line examples: " + ran + " run, " + failures.size() + " failed, "
        + (examples.size() - ran) + " not run");
    if (!failures.isEmpty()) {
      throw new IllegalStateException("README command-line examples that do not hold:\n" + String.join("\n", failures));
    }
  }

  /** The examples of a README, in order. */
  static List<Example> examples(List<String> lines) {
    List<Example> examples = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      var fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        i++;
        continue;
      }
      String language = fence.group(1);
      int close = i + 1;
      while (close < lines.size() && !FENCE.matcher(lines.get(close)).matches()) {
        close++;
      }
      List<String> body = lines.subList(i + 1, Math.min(close, lines.size()));
      if (language.equals("sh")) {
        shBlock(body, i + 2, lines, close, examples);
      } else if (language.isEmpty() && !body.isEmpty() && body.get(0).startsWith("$ " + PREFIX)) {
        examples.add(new Example(i + 2, body.get(0).substring(2), List.copyOf(body.subList(1, body.size()))));
      }
      i = close + 1;
    }
    return examples;
  }

  private static void shBlock(List<String> body, int firstLine, List<String> lines, int close, List<Example> out) {
    List<Example> found = new ArrayList<>();
    int last = -1;
    boolean lastIsCli = false;
    for (int k = 0; k < body.size(); k++) {
      String line = body.get(k).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      last = k;
      lastIsCli = false;
      for (String part : line.split(" && ")) {
        if (part.strip().startsWith(PREFIX)) {
          found.add(new Example(firstLine + k, part.strip(), null));
          lastIsCli = true;
        }
      }
    }
    if (found.isEmpty()) {
      return;
    }
    if (!lastIsCli) {
      out.addAll(found);
      return;
    }
    List<String> shown = body.subList(last + 1, body.size()).stream().filter(l -> l.startsWith("#"))
        .map(l -> l.replaceFirst("^# ?", "")).toList();
    if (shown.isEmpty()) {
      int next = close + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      if (next < lines.size() && lines.get(next).strip().equals("```")) {
        int end = next + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        shown = List.copyOf(lines.subList(next + 1, end));
      }
    }
    Example lastOne = found.remove(found.size() - 1);
    out.addAll(found);
    out.add(new Example(lastOne.line(), lastOne.command(), shown.isEmpty() ? null : shown));
  }

  /** Why a run does not hold to its example, or null when it does. */
  static String check(Example example, Run run) {
    boolean error = example.shown() != null && !example.shown().isEmpty() && (example.shown().get(0).startsWith("error:") || example.shown().get(0).startsWith("错误："));
    if (error ? run.code() == 0 : run.code() != 0) {
      return "exit " + run.code() + (error ? ", expected non-zero: the README shows an error" : ", expected 0") + "\n"
          + String.join("\n", run.lines().subList(0, Math.min(20, run.lines().size())));
    }
    if (example.shown() == null) {
      return null;
    }
    return matches(example.shown(), run.lines());
  }

  /** Null when the actual lines are as shown ({@code …} as a wildcard), else the first difference. */
  static String matches(List<String> shown, List<String> actual) {
    return match(shown, 0, actual, 0);
  }

  private static String match(List<String> shown, int s, List<String> actual, int a) {
    if (s == shown.size()) {
      return a == actual.size() ? null : "the README shows no more lines, but it printed: " + actual.get(a);
    }
    String expected = shown.get(s).stripTrailing();
    if (expected.strip().equals("…")) {
      String last = null;
      for (int from = a; from <= actual.size(); from++) {
        last = match(shown, s + 1, actual, from);
        if (last == null) {
          return null;
        }
      }
      return last;
    }
    if (a == actual.size()) {
      return "the README shows '" + expected + "', but the output ended";
    }
    String line = actual.get(a).stripTrailing();
    if (!pattern(expected).matcher(line).matches()) {
      return "the README shows '" + expected + "', it printed '" + line + "'";
    }
    return match(shown, s + 1, actual, a + 1);
  }

  static Pattern pattern(String shown) {
    return Pattern.compile(Arrays.stream(shown.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*")),
        Pattern.DOTALL);
  }

  /** What one run printed: stdout lines, then stderr lines. */
  record Run(int code, List<String> lines) {
  }

  private static Run run(List<String> words, Path work) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Start-up tuning only (each example is a short run): about half the time, same output.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    String redirect = redirect(words);
    List<String> args = redirect == null ? words : words.subList(0, words.indexOf(">"));
    command.addAll(args.subList(1, args.size()));
    File out = Files.createTempFile(work, "out", ".txt").toFile();
    File err = Files.createTempFile(work, "err", ".txt").toFile();
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out).redirectError(err).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out after 10 minutes: " + String.join(" ", words));
    }
    List<String> lines = new ArrayList<>();
    if (redirect != null) {
      Files.move(out.toPath(), work.resolve(redirect), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } else {
      lines.addAll(Files.readAllLines(out.toPath(), StandardCharsets.UTF_8));
    }
    lines.addAll(Files.readAllLines(err.toPath(), StandardCharsets.UTF_8));
    Files.deleteIfExists(out.toPath());
    Files.deleteIfExists(err.toPath());
    return new Run(process.exitValue(), lines);
  }

  static List<String> words(String command) {
    return List.of(command.strip().split("\\s+"));
  }

  private static String redirect(List<String> words) {
    int at = words.indexOf(">");
    return at >= 0 && at + 1 < words.size() ? words.get(at + 1) : null;
  }

  /** The first file argument that neither exists nor was written by an earlier example, or null. */
  static String missingFile(List<String> words, Path work, Set<String> written) {
    for (int k = 3; k < words.size(); k++) {
      String word = words.get(k);
      boolean output = k > 0 && (words.get(k - 1).equals(">") || words.get(k - 1).equals("--out"));
      boolean looksLikeFile = word.startsWith("governance-") || word.matches(".*\\.(json|ndjson|pem)$");
      if (!output && !word.startsWith("-") && looksLikeFile && !written.contains(word)
          && !Files.exists(work.resolve(word))) {
        return word;
      }
    }
    return null;
  }
}
