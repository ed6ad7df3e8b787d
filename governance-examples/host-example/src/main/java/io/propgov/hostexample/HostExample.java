package io.propgov.hostexample;

import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.json.GovernanceModule;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The README's Java quick start as a host runs it: seven of ten households rate their company 52,
 * below the pass line 60, so the owners may start a dismissal. Exits 1 when it does not run as a
 * named module on the module path, the decision is not the README's, the SDK printed anything on
 * stderr (this host has no SLF4J provider), or the host's own {@code ObjectMapper} with
 * {@link GovernanceModule} does not write and read as {@link GovernanceJson} does.
 */
public final class HostExample {

  private HostExample() {
  }

  /**
   * Judges the example estate and prints the decision in English and Chinese.
   *
   * @param args the SDK version this host was built against, which the SDK jars' manifests must name
   * @throws Exception when the host's mapper fails
   */
  public static void main(String[] args) throws Exception {
    // This host binds no logging provider; whatever the SDK (and its schema validator) prints on
    // stderr is caught here and must be nothing.
    PrintStream stderr = System.err;
    ByteArrayOutputStream caught = new ByteArrayOutputStream();
    System.setErr(new PrintStream(caught, true, StandardCharsets.UTF_8));
    Module self = HostExample.class.getModule();
    Module json = GovernanceJson.class.getModule();
    System.out.println("module " + self.getName() + " (named: " + self.isNamed() + "), using "
        + json.getName() + " and " + GovernanceEngine.class.getModule().getName());
    check(self.isNamed() && "io.propgov.hostexample".equals(self.getName()), "not run as the named module");
    check("io.propgov.governance.json".equals(json.getName()), "governance-json is not on the module path");
    check(args.length == 1, "usage: HostExample <SDK version>");
    for (Module sdk : List.of(json, GovernanceEngine.class.getModule())) {
      Attributes manifest = manifest(sdk);
      check(args[0].equals(manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION)),
          sdk.getName() + " has Implementation-Version " + manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
      System.out.println(sdk.getName() + ": " + manifest.getValue(Attributes.Name.IMPLEMENTATION_TITLE) + " "
          + manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
    }

    GovernanceJson governanceJson = GovernanceJson.create();
    GovernancePolicy policy = governanceJson.presetPolicy("cn-default");
    GovernanceEngine engine = GovernanceEngine.create(policy);

    List<SurveyAnswer> answers = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      answers.add(new SurveyAnswer("h" + i, RespondentGroup.HOUSEHOLD, new BigDecimal("52")));
    }
    Estate estate = new Estate("E1", "Example estate", new PropertyCompany("C1", "Example Property Co."),
        List.of(new SurveyRound("2024-H2", LocalDate.of(2024, 12, 1), 10, answers)), List.of());

    Decision<EstateAssessment> decision = engine.assess(estate, LocalDate.of(2024, 12, 31));
    EstateStatus status = decision.value().status();
    Reason passLine = decision.value().satisfaction().value().rounds().get(0)
        .reason("satisfaction.pass-line").orElseThrow();
    String english = decision.render(Locale.ENGLISH);
    String chinese = decision.render(Locale.SIMPLIFIED_CHINESE);
    System.out.println(english);
    System.out.println(chinese);

    check(status == EstateStatus.DISMISSAL_MAY_START, "status " + status + ", expected DISMISSAL_MAY_START");
    check(passLine.outcome() == Outcome.NOT_MET, "pass line " + passLine.outcome() + ", expected NOT_MET");
    check(english.contains("below the pass line 60"), "the English text does not name the pass line");
    check(chinese.contains("低于及格线 60"), "the Chinese text does not name the pass line");

    ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
    String written = mapper.writeValueAsString(decision);
    check(written.equals(compact(governanceJson.writeDecision(decision, Locale.ENGLISH))),
        "the host's mapper wrote the decision otherwise than GovernanceJson.writeDecision");
    Facts read = mapper.readValue(governanceJson.writeFacts(new Facts(List.of(estate))), Facts.class);
    check(read.estates().equals(List.of(estate)), "the host's mapper read the facts otherwise");
    System.out.println("host-example: the host's ObjectMapper with GovernanceModule wrote " + written.length()
        + " characters, as GovernanceJson does");

    System.setErr(stderr);
    String err = caught.toString(StandardCharsets.UTF_8);
    check(err.isEmpty(), "the SDK printed on stderr: " + err);
    System.out.println("host-example: nothing on stderr (no SLF4J provider bound)");
    System.out.println("host-example: ran as named module " + self.getName());
  }

  /** The main attributes of a module's jar manifest (META-INF is not encapsulated). */
  private static Attributes manifest(Module module) throws IOException {
    try (InputStream in = module.getResourceAsStream("META-INF/MANIFEST.MF")) {
      check(in != null, module.getName() + " has no manifest");
      return new Manifest(in).getMainAttributes();
    }
  }

  /** The JSON text without the white space outside strings. */
  private static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void check(boolean holds, String failure) {
    if (!holds) {
      System.out.println("host-example FAILED: " + failure);
      System.exit(1);
    }
  }
}
