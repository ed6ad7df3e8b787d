package io.propgov.governance.examples.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a fresh Maven consumer project that compiles and runs the README's {@code ```java}
 * blocks verbatim against the published artifacts: a host's view of the SDK, with only
 * {@code io.propgov:governance-core} and {@code io.propgov:governance-json} as dependencies.
 *
 * <p>Line N of the generated {@code README.java} is line N of README.md: each block's code
 * keeps its README line, so a compiler error ({@code README.java:[215,5]}) and a stack trace
 * ({@code README.java:220}) name the README line directly. Imports (line 1) and the method
 * openings and closings (on the fence lines) fill lines that hold no Java in the README.
 *
 * <p>Marking blocks: an HTML comment {@code <!-- readme-java: KIND -->} anywhere between the
 * previous code block and a {@code ```java} block applies to that block; KIND is
 * <ul>
 *   <li>{@code run} (the default, no comment needed): statements, compiled and run as a method;
 *   <li>{@code fragment}: joined with the next {@code ```java} block, which continues in the
 *       same method and sees its variables;
 *   <li>{@code compile-only}: compiled, not run;
 *   <li>{@code skip}: shown for reading, neither compiled nor run.
 * </ul>
 */
public final class ReadmeJavaProject {

  /** How a block is treated. */
  enum Kind {
    RUN, FRAGMENT, COMPILE_ONLY, SKIP;

    static Kind parse(String word, int line) {
      return switch (word) {
        case "run" -> RUN;
        case "fragment" -> FRAGMENT;
        case "compile-only" -> COMPILE_ONLY;
        case "skip" -> SKIP;
        default -> throw new IllegalArgumentException("README.md line " + line + ": unknown readme-java kind '"
            + word + "' (run, fragment, compile-only or skip)");
      };
    }
  }

  /**
   * One {@code ```java} block: the lines of its opening and closing fences (1-based; the code is
   * between them) and its kind.
   */
  record Block(int open, int close, Kind kind) {
    int firstCodeLine() {
      return open + 1;
    }
  }

  /** Blocks compiled into one method: fragments, then the block that ends them. */
  record Unit(List<Block> blocks) {
    Block first() {
      return blocks.get(0);
    }

    Block last() {
      return blocks.get(blocks.size() - 1);
    }

    boolean runs() {
      return last().kind() == Kind.RUN;
    }

    String method() {
      return "readme_" + first().firstCodeLine();
    }

    String lines() {
      return "lines " + String.join(", ", blocks.stream().map(b -> b.firstCodeLine() + "-" + (b.close() - 1)).toList());
    }
  }

  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z0-9_+-]*).*$");
  private static final Pattern DIRECTIVE = Pattern.compile("<!--\\s*readme-java:\\s*([a-z-]+)\\s*-->");
  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** The JDK packages the README's blocks use without naming them, as a host's IDE would import them. */
  static final List<String> JDK_PACKAGES = List.of("java.math", "java.nio.file", "java.time", "java.util");

  private ReadmeJavaProject() {
  }

  /**
   * Writes the project.
   *
   * @param args README.md, the project directory to write, the SDK version, the directory the
   *     program runs in (the README's relative paths start there), then each module-info.java
   *     whose exported packages the blocks may use unqualified
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 5) {
      throw new IllegalArgumentException("usage: README.md outDir version workingDir module-info.java...");
    }
    Path readme = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<String> packages = new ArrayList<>(JDK_PACKAGES);
    for (int i = 4; i < args.length; i++) {
      packages.addAll(exportedPackages(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
    }
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Unit> units = units(blocks(lines));
    Path sources = out.resolve("src/main/java/readme");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("README.java"), source(lines, units, packages), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("pom.xml"), pom(args[2], Path.of(args[3]).toAbsolutePath().normalize(),
        mavenSnippet(lines, args[2])), StandardCharsets.UTF_8);
    System.out.println("README.md: " + units.size() + " Java unit(s) from " + units.stream()
        .mapToInt(u -> u.blocks().size()).sum() + " block(s) written to " + out);
  }

  /**
   * The README's one {@code ```xml} block, the Maven snippet a host copies: it becomes the
   * consumer's dependency section verbatim, so the build fails when it stops working.
   *
   * @param lines the README's lines
   * @param version the SDK version being built, which the snippet must name
   * @return the snippet's lines joined
   * @throws IllegalArgumentException when there is not exactly one such block or it names another version
   */
  static String mavenSnippet(List<String> lines, String version) {
    List<String> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```xml")) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        snippets.add(String.join("\n", lines.subList(i + 1, end)));
        i = end;
      }
    }
    if (snippets.size() != 1) {
      throw new IllegalArgumentException("README.md should hold exactly one ```xml block (the Maven snippet), found "
          + snippets.size());
    }
    if (!snippets.get(0).contains("<version>" + version + "</version>")) {
      throw new IllegalArgumentException("README.md's Maven snippet should import governance-bom " + version);
    }
    return snippets.get(0);
  }

  /** The packages a module-info.java exports. */
  static List<String> exportedPackages(String moduleInfo) {
    List<String> found = new ArrayList<>();
    Matcher m = EXPORTS.matcher(moduleInfo);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Every {@code ```java} block of the README in order, with the kind its directive gives. */
  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    Kind pending = null;
    int pendingLine = 0;
    int open = 0;
    String language = null;
    for (int i = 1; i <= lines.size(); i++) {
      String line = lines.get(i - 1);
      Matcher fence = FENCE.matcher(line);
      if (language == null) {
        Matcher directive = DIRECTIVE.matcher(line);
        if (directive.find()) {
          pending = Kind.parse(directive.group(1), i);
          pendingLine = i;
        } else if (fence.matches()) {
          language = fence.group(1);
          open = i;
        }
      } else if (fence.matches() && fence.group(1).isEmpty()) {
        if (language.equals("java")) {
          blocks.add(new Block(open, i, pending == null ? Kind.RUN : pending));
        } else if (pending != null) {
          throw new IllegalArgumentException("README.md line " + pendingLine + ": the readme-java comment is "
              + "followed by a ```" + language + " block at line " + open + ", not a ```java block");
        }
        pending = null;
        language = null;
      }
    }
    if (language != null) {
      throw new IllegalArgumentException("README.md line " + open + ": code block never closed");
    }
    if (pending != null) {
      throw new IllegalArgumentException("README.md line " + pendingLine + ": readme-java comment with no block after it");
    }
    return blocks;
  }

  /** Joins fragments with the block after them; skipped blocks make no unit. */
  static List<Unit> units(List<Block> blocks) {
    List<Unit> units = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    for (Block block : blocks) {
      if (block.kind() == Kind.SKIP) {
        if (!current.isEmpty()) {
          throw new IllegalArgumentException("README.md line " + current.get(current.size() - 1).open()
              + ": a fragment must be followed by a block that continues it, not by the skipped block at line "
              + block.open());
        }
        continue;
      }
      current.add(block);
      if (block.kind() != Kind.FRAGMENT) {
        units.add(new Unit(List.copyOf(current)));
        current.clear();
      }
    }
    if (!current.isEmpty()) {
      throw new IllegalArgumentException("README.md line " + current.get(current.size() - 1).open()
          + ": the last ```java block is a fragment with no block to join");
    }
    if (!units.isEmpty() && units.get(0).first().open() < 3) {
      throw new IllegalArgumentException("README.md line " + units.get(0).first().open()
          + ": a ```java block may not open in the first 2 lines (they hold the generated imports)");
    }
    return units;
  }

  /**
   * The consumer's {@code readme.README} class: line N is README line N (code lines verbatim,
   * other lines empty or structure), then {@code main}, which runs the units in order.
   */
  static String source(List<String> lines, List<Unit> units, List<String> packages) {
    String[] out = new String[lines.size() + 1];
    java.util.Arrays.fill(out, "");
    StringBuilder imports = new StringBuilder("package readme;");
    packages.forEach(p -> imports.append(" import ").append(p).append(".*;"));
    out[1] = imports.toString();
    out[2] = "/** Generated from README.md: line N here is line N there. */ public final class README {";
    for (Unit unit : units) {
      for (Block block : unit.blocks()) {
        out[block.open()] = block == unit.first()
            ? "  static void " + unit.method() + "() throws Exception { // README.md " + unit.lines() : "";
        for (int i = block.open() + 1; i < block.close(); i++) {
          out[i] = lines.get(i - 1);
        }
        out[block.close()] = block == unit.last() ? "  }" : "";
      }
    }
    StringBuilder java = new StringBuilder();
    for (int i = 1; i <= lines.size(); i++) {
      java.append(out[i]).append('\n');
    }
    java.append("""
          /** One unit's code. */
          interface Unit {
            void run() throws Exception;
          }

          /** Runs the README's Java in order; exits 1 naming the README line of each failure. */
          public static void main(String[] args) {
            int failed = 0;
        """);
    for (Unit unit : units) {
      if (unit.runs()) {
        java.append("    failed += run(\"").append(unit.lines()).append("\", README::").append(unit.method())
            .append(");\n");
      } else {
        java.append("    System.out.println(\"README.md ").append(unit.lines()).append(": compiled (compile-only)\");\n");
      }
    }
    java.append("""
            System.out.println("README.md: " + UNITS + " Java unit(s), " + failed + " failed");
            if (failed > 0) {
              System.exit(1);
            }
          }

          private static int run(String lines, Unit unit) {
            try {
              unit.run();
              System.out.println("README.md " + lines + ": ran");
              return 0;
            } catch (Throwable t) {
              int line = -1;
              for (StackTraceElement e : t.getStackTrace()) {
                if ("README.java".equals(e.getFileName())) {
                  line = e.getLineNumber();
                  break;
                }
              }
              System.out.println("README.md line " + line + " (block " + lines + ") failed: " + t);
              t.printStackTrace(System.out);
              return 1;
            }
          }
        }
        """.replace("UNITS", Integer.toString(units.size())));
    return java.toString();
  }

  /** The Maven plugins the consumer's build runs, each with the version it is pinned to, in build order. */
  private static final List<List<String>> PINNED_PLUGINS = List.of(List.of("maven-resources-plugin", "3.3.1"),
      List.of("maven-compiler-plugin", "3.14.1"), List.of("maven-surefire-plugin", "3.5.4"),
      List.of("maven-jar-plugin", "3.4.2"));

  /** The pom's elements of {@link #PINNED_PLUGINS}. */
  private static String pinnedPlugins() {
    StringBuilder xml = new StringBuilder();
    for (List<String> plugin : PINNED_PLUGINS) {
      xml.append("      <plugin>\n")
          .append("        <groupId>org.apache.maven.plugins</groupId>\n")
          .append("        <artifactId>").append(plugin.get(0)).append("</artifactId>\n")
          .append("        <version>").append(plugin.get(1)).append("</version>\n")
          .append("      </plugin>\n");
    }
    return xml.toString();
  }

  /** The consumer's pom: the README's Maven snippet, the compiler, and a forked run of {@code main}. */
  static String pom(String version, Path workingDir, String snippet) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated from README.md by ReadmeJavaProject: a host project that depends on the SDK as published. -->
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>io.propgov.consumer</groupId>
          <artifactId>readme-java</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        SNIPPET
          <build>
            <plugins>
        PINNED
              <plugin>
                <groupId>org.codehaus.mojo</groupId>
                <artifactId>exec-maven-plugin</artifactId>
                <version>3.6.2</version>
                <executions>
                  <execution>
                    <id>run-readme-java</id>
                    <phase>integration-test</phase>
                    <goals>
                      <goal>exec</goal>
                    </goals>
                    <configuration>
                      <executable>${java.home}/bin/java</executable>
                      <!-- The README's relative paths start at the repository root. -->
                      <workingDirectory>@WORKDIR@</workingDirectory>
                      <arguments>
                        <argument>-classpath</argument>
                        <classpath/>
                        <argument>readme.README</argument>
                      </arguments>
                    </configuration>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """.replace("PINNED\n", pinnedPlugins()).replace("SNIPPET", snippet).replace("@VERSION@", version)
        .replace("@WORKDIR@", workingDir.toString());
  }
}
