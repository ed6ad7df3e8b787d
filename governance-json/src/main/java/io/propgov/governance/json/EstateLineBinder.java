package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.validation.FactsConstraints;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds a plainly sound estate line straight from the parser's tokens, without a tree, a schema
 * walk or a pointer per node: the {@code batch} command's fast road. It gives the estate the
 * usual read ({@link FactsReader}) gives, or null whenever the line is anything but plainly
 * sound (not one object, a duplicate or unknown key, a null, a value the schema, a record
 * constructor or a field constraint might reject, a number past the limits, a {@code service} part): the caller then
 * reads the line the usual way, which finds the errors, if any, exactly as it always has. So it
 * may decline lines the usual read accepts, never accept one the usual read rejects.
 *
 * <p>It follows {@code facts.schema.json}'s estate as it stands (a test pins the schema it was
 * written for): the enums are taken from the schema itself. Thread-safe.
 */
final class EstateLineBinder {

  /** Thrown to give up on a line; carries no stack trace, as it is thrown for ordinary input. */
  private static final class Unsound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsound() {
      super(null, null, false, false);
    }
  }

  private static final Unsound UNSOUND = new Unsound();

  private final JsonFactory factory;
  private final Set<String> forms;
  private final Set<String> kinds;
  private final Set<String> groups;
  private final Set<String> matters;
  private final Set<String> choices;

  /**
   * Prepares the binder.
   *
   * @param factory a factory with the module's limits and without the parser's duplicate check
   *     (the binder finds duplicates itself)
   * @param facts the facts schema, whose enums it takes
   */
  EstateLineBinder(JsonFactory factory, JsonNode facts) {
    this.factory = factory;
    JsonNode defs = facts.path("$defs");
    forms = values(defs.at("/party/properties/organisation/enum"));
    kinds = values(defs.at("/committee/properties/kind/enum"));
    groups = values(defs.at("/answer/properties/group/enum"));
    matters = values(defs.at("/vote/properties/matter/enum"));
    choices = values(defs.at("/ballot/properties/choice/enum"));
  }

  private static Set<String> values(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return Set.copyOf(values);
  }

  /**
   * Binds a line.
   *
   * @param line the line
   * @return the estate, or null when the line is to be read the usual way
   */
  Estate bind(String line) {
    Estate estate = read(line);
    // The records check nothing when built: a field constraint broken sends the line the usual way.
    return estate != null && FactsConstraints.fast().check(estate, "").isEmpty() ? estate : null;
  }

  /**
   * Reads a line into an estate without checking its field constraints: the shape only.
   *
   * @param line the line
   * @return the estate, or null when its shape is not the sound one (or it is malformed)
   */
  Estate read(String line) {
    try (JsonParser p = factory.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Estate estate = estate(p);
      return p.nextToken() == null ? estate : null;
    } catch (IOException | RuntimeException e) {
      // Unsound, malformed or past a limit: the usual read says why.
      return null;
    }
  }

  private Estate estate(JsonParser p) throws IOException {
    String id = null;
    String name = null;
    String unitId = null;
    int households = 0;
    ServiceMode mode = null;
    FeeAccount fees = null;
    PropertyCompany company = null;
    Committee committee = null;
    List<SurveyRound> rounds = List.of();
    List<OwnersVote> votes = List.of();
    int seen = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> { seen = once(seen, 1); id = text(p); }
        case "name" -> { seen = once(seen, 2); name = string(p); }
        case "unitId" -> { seen = once(seen, 4); unitId = text(p); }
        case "households" -> { seen = once(seen, 8); households = integer(p, 0); }
        case "serviceMode" -> { seen = once(seen, 16); mode = ServiceMode.of(id(p)); }
        case "fees" -> { seen = once(seen, 32); fees = fees(p); }
        case "company" -> { seen = once(seen, 64); company = company(p); }
        case "committee" -> { seen = once(seen, 128); committee = committee(p); }
        case "surveyRounds" -> { seen = once(seen, 256); rounds = list(p, 2, this::round); }
        case "votes" -> { seen = once(seen, 512); votes = list(p, 1, this::vote); }
        default -> throw UNSOUND; // service parts, and keys the schema does not name
      }
    }
    require(id != null);
    return new Estate(id, name, company, rounds, votes, unitId, households, mode, fees, committee);
  }

  private FeeAccount fees(JsonParser p) throws IOException {
    start(p);
    BigDecimal billed = null;
    BigDecimal collected = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "billed" -> { require(billed == null); billed = number(p, 0); }
        case "collected" -> { require(collected == null); collected = number(p, 0); }
        default -> throw UNSOUND;
      }
    }
    require(billed != null && collected != null);
    return new FeeAccount(billed, collected);
  }

  private PropertyCompany company(JsonParser p) throws IOException {
    start(p);
    String id = null;
    String name = null;
    PartyStatus party = null;
    String supervisor = null;
    String head = null;
    int seen = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> { seen = once(seen, 1); id = text(p); }
        case "name" -> { seen = once(seen, 2); name = string(p); }
        case "party" -> { seen = once(seen, 4); party = party(p); }
        case "qualitySupervisor" -> { seen = once(seen, 8); supervisor = text(p); }
        case "partyHead" -> { seen = once(seen, 16); head = text(p); }
        default -> throw UNSOUND;
      }
    }
    require(id != null);
    return new PropertyCompany(id, name, party, supervisor, head);
  }

  private PartyStatus party(JsonParser p) throws IOException {
    start(p);
    int members = -1;
    PartyForm form = null;
    boolean joint = false;
    boolean instructor = false;
    int seen = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "fullMembers" -> { seen = once(seen, 1); members = integer(p, 0); }
        case "organisation" -> { seen = once(seen, 2); form = PartyForm.valueOf(member(p, forms)); }
        case "jointBranch" -> { seen = once(seen, 4); joint = bool(p); }
        case "instructor" -> { seen = once(seen, 8); instructor = bool(p); }
        default -> throw UNSOUND;
      }
    }
    require(members >= 0);
    return new PartyStatus(members, form, joint, instructor);
  }

  private Committee committee(JsonParser p) throws IOException {
    start(p);
    CommitteeKind kind = null;
    PartyStatus party = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "kind" -> { require(kind == null); kind = CommitteeKind.valueOf(member(p, kinds)); }
        case "party" -> { require(party == null); party = party(p); }
        default -> throw UNSOUND;
      }
    }
    require(kind != null && party != null);
    return new Committee(kind, party);
  }

  private SurveyRound round(JsonParser p) throws IOException {
    start(p);
    String id = null;
    LocalDate date = null;
    int households = 0;
    List<SurveyAnswer> answers = null;
    int seen = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> { seen = once(seen, 1); id = text(p); }
        case "date" -> { seen = once(seen, 2); date = date(p); }
        case "households" -> { seen = once(seen, 4); households = integer(p, 1); }
        case "answers" -> { seen = once(seen, 8); answers = list(p, 10, this::answer); }
        default -> throw UNSOUND;
      }
    }
    require(seen == 15);
    return new SurveyRound(id, date, households, answers);
  }

  private SurveyAnswer answer(JsonParser p) throws IOException {
    start(p);
    String respondent = null;
    RespondentGroup group = null;
    BigDecimal score = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "respondentId" -> { require(respondent == null); respondent = text(p); }
        case "group" -> { require(group == null); group = RespondentGroup.valueOf(member(p, groups)); }
        case "score" -> { require(score == null); score = number(p, -1); }
        default -> throw UNSOUND;
      }
    }
    require(respondent != null && group != null && score != null);
    return new SurveyAnswer(respondent, group, score);
  }

  private OwnersVote vote(JsonParser p) throws IOException {
    start(p);
    String id = null;
    Matter matter = null;
    LocalDate date = null;
    int owners = 0;
    BigDecimal area = null;
    Integer notice = null;
    List<Ballot> ballots = null;
    int seen = 0;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id" -> { seen = once(seen, 1); id = text(p); }
        case "matter" -> { seen = once(seen, 2); matter = Matter.valueOf(member(p, matters)); }
        case "date" -> { seen = once(seen, 4); date = date(p); }
        case "totalOwners" -> { seen = once(seen, 8); owners = integer(p, 1); }
        case "totalArea" -> { seen = once(seen, 16); area = number(p, 1); }
        case "ballots" -> { seen = once(seen, 32); ballots = list(p, 10, this::ballot); }
        case "contractNoticeDays" -> { seen = once(seen, 64); notice = integer(p, 0); }
        default -> throw UNSOUND;
      }
    }
    require((seen & 63) == 63);
    return new OwnersVote(id, matter, date, owners, area, ballots, notice);
  }

  private Ballot ballot(JsonParser p) throws IOException {
    start(p);
    String owner = null;
    BigDecimal area = null;
    BallotChoice choice = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "ownerId" -> { require(owner == null); owner = text(p); }
        case "area" -> { require(area == null); area = number(p, 1); }
        case "choice" -> { require(choice == null); choice = BallotChoice.valueOf(member(p, choices)); }
        default -> throw UNSOUND;
      }
    }
    require(owner != null && area != null && choice != null);
    return new Ballot(owner, area, choice);
  }

  /** Reads one element of an array. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> List<T> list(JsonParser p, int capacity, Element<T> element) throws IOException {
    require(p.currentToken() == JsonToken.START_ARRAY);
    List<T> items = new ArrayList<>(capacity);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(element.read(p));
    }
    return items;
  }

  private static void require(boolean condition) {
    if (!condition) {
      throw UNSOUND;
    }
  }

  private static int once(int seen, int bit) {
    require((seen & bit) == 0);
    return seen | bit;
  }

  private static void start(JsonParser p) {
    require(p.currentToken() == JsonToken.START_OBJECT);
  }

  private static String string(JsonParser p) throws IOException {
    require(p.currentToken() == JsonToken.VALUE_STRING);
    return p.getText();
  }

  /** A text the schema's {@code text} takes whatever its regular expressions make of {@code \S}. */
  private static String text(JsonParser p) throws IOException {
    String text = string(p);
    require(SchemaShape.hasVisible(text));
    return text;
  }

  private static String member(JsonParser p, Set<String> values) throws IOException {
    String text = string(p);
    require(values.contains(text));
    return text;
  }

  /** An id of the form the schema's pattern gives; what the policy defines is the rules' to check. */
  private static String id(JsonParser p) throws IOException {
    String text = string(p);
    require(SchemaShape.isId(text));
    return text;
  }

  private static LocalDate date(JsonParser p) throws IOException {
    String text = string(p);
    require(SchemaShape.isDate(text));
    return LocalDate.parse(text);
  }

  private static boolean bool(JsonParser p) {
    JsonToken token = p.currentToken();
    require(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
    return token == JsonToken.VALUE_TRUE;
  }

  /** An integer written as one, from {@code min} to the largest int. */
  private static int integer(JsonParser p, int min) throws IOException {
    require(p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT);
    int value = p.getIntValue();
    require(value >= min);
    return value;
  }

  /**
   * A number within the limits: any sign when {@code sign} is -1, 0 or more when 0, more than 0
   * when 1. Read as the tree reads it: an exact decimal, its scale kept.
   */
  private static BigDecimal number(JsonParser p, int sign) throws IOException {
    JsonToken token = p.currentToken();
    require(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
    BigDecimal value = token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
        ? BigDecimal.valueOf(p.getIntValue()) : p.getDecimalValue();
    require(!Documents.beyondLimits(value) && value.signum() >= sign);
    return value;
  }
}
