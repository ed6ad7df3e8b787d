package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.explain.Label;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.EscalationScheme;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.RequiredMeeting;
import io.propgov.governance.org.MeetingSchedule;
import io.propgov.governance.org.PartyThresholds;
import io.propgov.governance.org.Severity;
import io.propgov.governance.org.WorkCalendar;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON form of the organisation hierarchy parameters ({@code org.*}), both ways:
 * {@link LevelTemplate} as {@code {"levels": [...], "singleRoot", "communityLevel"}},
 * {@link EscalationScheme} as {@code {"severities": [...], "escalateWhenOverdue"}},
 * {@link WorkCalendar} as {@code {"holidays": [dates], "makeUpWorkingDays": [dates], "years": [years]}}
 * ({@code years} optional; dates
 * written in order), {@link PartyThresholds} by its four counts, {@link MeetingSchedule} as an
 * array of meeting rules.
 *
 * <p>A value the core rejects fails with the core's message at the part at fault when it can be
 * named (a child level that is not lower, a code given twice, a day that is both a holiday and a
 * make-up working day, a threshold that does not rise), else at the value.
 */
final class OrgParameterModule extends TypesModule {

  private static final long serialVersionUID = 1L;

  OrgParameterModule() {
    super("propgov-org-parameters");
    reads(Level.class, OrgParameterModule::readLevel);
    both(LevelTemplate.class, OrgParameterModule::readLevelTemplate, OrgParameterModule::writeLevelTemplate);
    reads(Severity.class, OrgParameterModule::readSeverity);
    both(EscalationScheme.class, OrgParameterModule::readEscalationRules, OrgParameterModule::writeEscalationRules);
    both(WorkCalendar.class, OrgParameterModule::readWorkCalendar, OrgParameterModule::writeWorkCalendar);
    both(PartyThresholds.class, OrgParameterModule::readPartyThresholds, OrgParameterModule::writePartyThresholds);
    reads(RequiredMeeting.class, OrgParameterModule::readMeetingRule);
    both(MeetingSchedule.class, TreeReader.listOf(RequiredMeeting.class, RequiredMeeting::code, "code",
        MeetingSchedule::new), OrgParameterModule::writeMeetingRules);
  }

  /** Adds reading of arrays, whole numbers and dates, and failures located several steps down. */
  abstract static class OrgDeserializer<T> extends ParameterModule.TreeDeserializer<T> {

    private static final long serialVersionUID = 1L;

    OrgDeserializer(Class<T> type) {
      super(type);
    }

    /** Reads every element of an array (the member {@code name}, or the node itself when null). */
    final <V> List<V> list(JsonNode node, String name, Class<V> type, DeserializationContext ctxt) throws IOException {
      JsonNode array = name == null ? node : node.get(name);
      if (array == null || !array.isArray()) {
        throw name == null ? fail(ctxt, null, "must be an array") : fail(ctxt, name, "'" + name + "' must be an array");
      }
      List<V> values = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        try {
          values.add(element(array, i, type, ctxt));
        } catch (JsonMappingException e) {
          if (name != null) {
            e.prependPath(handledType(), name);
          }
          throw e;
        }
      }
      return values;
    }

    /** Reads an array of dates, each of the form YYYY-MM-DD. */
    final List<LocalDate> dates(JsonNode node, String name, DeserializationContext ctxt) throws IOException {
      List<String> texts = list(node, name, String.class, ctxt);
      List<LocalDate> dates = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        try {
          dates.add(LocalDate.parse(texts.get(i)));
        } catch (DateTimeParseException e) {
          throw failAt(ctxt, "must be a calendar date in the form YYYY-MM-DD, such as 2024-10-01", name, i);
        }
      }
      return dates;
    }

    /** Reads a required member. */
    final <V> V required(JsonNode node, String name, Class<V> type, DeserializationContext ctxt) throws IOException {
      V value = member(node, name, type, ctxt);
      if (value == null) {
        throw fail(ctxt, name, "'" + name + "' is required");
      }
      return value;
    }

    /** Calls a core constructor; its rejection is located at the path {@code locate} names (empty: here). */
    final <V> V buildAt(DeserializationContext ctxt, Supplier<Object[]> locate, Supplier<V> constructor)
        throws IOException {
      try {
        return constructor.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw failAt(ctxt, e.getMessage() == null ? "invalid" : e.getMessage(), locate.get());
      }
    }

    /** The names a policy gives a thing it defines, each null when absent (the core says what is missing). */
    record Names(String code, String en, String zh) {}

    /** Reads {@code code}, {@code en} and {@code zh}, in that order. */
    final Names names(JsonNode node, DeserializationContext ctxt) throws IOException {
      String code = member(node, "code", String.class, ctxt);
      String en = member(node, "en", String.class, ctxt);
      String zh = member(node, "zh", String.class, ctxt);
      return new Names(code, en, zh);
    }

    /** Reads the required {@code en} and {@code zh} as a label. */
    final Label label(JsonNode node, DeserializationContext ctxt) throws IOException {
      String en = required(node, "en", String.class, ctxt);
      String zh = required(node, "zh", String.class, ctxt);
      return build(ctxt, null, () -> new Label(en, zh));
    }

    /** The path of the second of two equal keys in a list: its index, then {@code field} unless null; or nothing. */
    static <V> Object[] duplicate(List<V> items, Function<V, String> key, String field) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        if (!seen.add(key.apply(items.get(i)))) {
          return field == null ? new Object[] {i} : new Object[] {i, field};
        }
      }
      return new Object[0];
    }

    /** A failure located by a path of member names and array indexes below the value. */
    final JsonMappingException failAt(DeserializationContext ctxt, String message, Object... path) {
      JsonMappingException e = fail(ctxt, null, message);
      for (int i = path.length - 1; i >= 0; i--) {
        if (path[i] instanceof Integer index) {
          e.prependPath(handledType(), index);
        } else {
          e.prependPath(handledType(), (String) path[i]);
        }
      }
      return e;
    }
  }

  private static Level readLevel(JsonNode node, DeserializationContext ctxt, TreeReader<Level> reader)
      throws IOException {
    OrgDeserializer.Names names = reader.names(node, ctxt);
    List<String> children = node.has("children") ? reader.list(node, "children", String.class, ctxt) : List.of();
    return reader.build(ctxt, null, () -> new Level(names.code(), names.en(), names.zh(), children));
  }

  private static LevelTemplate readLevelTemplate(JsonNode node, DeserializationContext ctxt,
      TreeReader<LevelTemplate> reader) throws IOException {
    List<Level> levels = reader.list(node, "levels", Level.class, ctxt);
    boolean singleRoot = reader.required(node, "singleRoot", Boolean.class, ctxt);
    String communityLevel = reader.required(node, "communityLevel", String.class, ctxt);
    return reader.buildAt(ctxt, () -> locate(levels, communityLevel),
        () -> new LevelTemplate(levels, singleRoot, communityLevel));
  }

  /** The part of a template the core rejects: a code given twice, a child not below its parent, the community level. */
  private static Object[] locate(List<Level> levels, String communityLevel) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      if (rank.putIfAbsent(levels.get(i).code(), i) != null) {
        return new Object[] {"levels", i, "code"};
      }
    }
    for (int i = 0; i < levels.size(); i++) {
      List<String> children = levels.get(i).children();
      for (int j = 0; j < children.size(); j++) {
        Integer childRank = rank.get(children.get(j));
        if (childRank == null || childRank <= i) {
          return new Object[] {"levels", i, "children", j};
        }
      }
    }
    return rank.containsKey(communityLevel) ? new Object[0] : new Object[] {"communityLevel"};
  }

  private static Severity readSeverity(JsonNode node, DeserializationContext ctxt, TreeReader<Severity> reader)
      throws IOException {
    OrgDeserializer.Names names = reader.names(node, ctxt);
    String lowestLevel = reader.member(node, "lowestLevel", String.class, ctxt);
    int deadlineDays = reader.required(node, "deadlineDays", Integer.class, ctxt);
    DayCount dayCount = reader.member(node, "dayCount", DayCount.class, ctxt);
    return reader.build(ctxt, null, () -> new Severity(names.code(), names.en(), names.zh(), lowestLevel, deadlineDays,
        dayCount));
  }

  private static EscalationScheme readEscalationRules(JsonNode node, DeserializationContext ctxt, TreeReader<EscalationScheme> reader)
      throws IOException {
    List<Severity> severities = reader.list(node, "severities", Severity.class, ctxt);
    boolean escalate = reader.required(node, "escalateWhenOverdue", Boolean.class, ctxt);
    Supplier<Object[]> locate = () -> {
      Object[] twice = OrgDeserializer.duplicate(severities, Severity::code, "code");
      return twice.length == 0 ? twice : new Object[] {"severities", twice[0], twice[1]};
    };
    return reader.buildAt(ctxt, locate, () -> new EscalationScheme(severities, escalate));
  }

  private static WorkCalendar readWorkCalendar(JsonNode node, DeserializationContext ctxt, TreeReader<WorkCalendar> reader)
      throws IOException {
    List<LocalDate> holidays = reader.dates(node, "holidays", ctxt);
    List<LocalDate> makeUp = reader.dates(node, "makeUpWorkingDays", ctxt);
    List<Integer> years = node.has("years") ? reader.list(node, "years", Integer.class, ctxt) : List.of();
    Supplier<Object[]> locate = () -> {
      for (int i = 0; i < makeUp.size(); i++) {
        if (holidays.contains(makeUp.get(i))) {
          return new Object[] {"makeUpWorkingDays", i};
        }
      }
      Object[] outside = outsideYears("holidays", holidays, years);
      return outside.length > 0 ? outside : outsideYears("makeUpWorkingDays", makeUp, years);
    };
    return reader.buildAt(ctxt, locate, () -> new WorkCalendar(new LinkedHashSet<>(holidays), new LinkedHashSet<>(makeUp),
        new LinkedHashSet<>(years)));
  }

  /** The path of the first day not in the calendar's stated years, or none. */
  private static Object[] outsideYears(String name, List<LocalDate> days, List<Integer> years) {
    for (int i = 0; i < days.size() && !years.isEmpty(); i++) {
      if (!years.contains(days.get(i).getYear())) {
        return new Object[] {name, i};
      }
    }
    return new Object[0];
  }

  private static PartyThresholds readPartyThresholds(JsonNode node, DeserializationContext ctxt, TreeReader<PartyThresholds> reader)
      throws IOException {
    int branch = reader.required(node, "branchMinimum", Integer.class, ctxt);
    int committee = reader.required(node, "committeeAtLeast", Integer.class, ctxt);
    int general = reader.required(node, "generalBranchAtLeast", Integer.class, ctxt);
    int base = reader.required(node, "baseCommitteeAtLeast", Integer.class, ctxt);
    Supplier<Object[]> locate = () -> {
      if (branch < 1) {
        return new Object[] {"branchMinimum"};
      }
      if (committee < branch) {
        return new Object[] {"committeeAtLeast"};
      }
      return new Object[] {general <= committee ? "generalBranchAtLeast" : "baseCommitteeAtLeast"};
    };
    return reader.buildAt(ctxt, locate, () -> new PartyThresholds(branch, committee, general, base));
  }

  private static RequiredMeeting readMeetingRule(JsonNode node, DeserializationContext ctxt, TreeReader<RequiredMeeting> reader)
      throws IOException {
    OrgDeserializer.Names names = reader.names(node, ctxt);
    String level = reader.member(node, "level", String.class, ctxt);
    int everyMonths = reader.required(node, "everyMonths", Integer.class, ctxt);
    return reader.build(ctxt, null, () -> new RequiredMeeting(names.code(), names.en(), names.zh(), level, everyMonths));
  }

  // ---- writing ---------------------------------------------------------------------------------

  private static void writeLevelTemplate(LevelTemplate value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    ParameterWriting.objects(gen, "levels", value.levels(), level -> {
      ParameterWriting.named(gen, level.code(), level.en(), level.zh());
      ParameterWriting.strings(gen, "children", level.children());
    });
    gen.writeBooleanField("singleRoot", value.singleRoot());
    gen.writeStringField("communityLevel", value.communityLevel());
    gen.writeEndObject();
  }

  private static void writeEscalationRules(EscalationScheme value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    ParameterWriting.objects(gen, "severities", value.severities(), severity -> {
      ParameterWriting.named(gen, severity.code(), severity.en(), severity.zh());
      gen.writeStringField("lowestLevel", severity.lowestLevel());
      gen.writeNumberField("deadlineDays", severity.deadlineDays());
      gen.writeStringField("dayCount", severity.dayCount().name());
    });
    gen.writeBooleanField("escalateWhenOverdue", value.escalateWhenOverdue());
    gen.writeEndObject();
  }

  /** The holidays and make-up working days, each in date order. */
  private static void writeWorkCalendar(WorkCalendar value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    ParameterWriting.strings(gen, "holidays", inOrder(value.holidays()));
    ParameterWriting.strings(gen, "makeUpWorkingDays", inOrder(value.makeUpWorkingDays()));
    if (!value.years().isEmpty()) {
      gen.writeArrayFieldStart("years");
      for (int year : new java.util.TreeSet<>(value.years())) {
        gen.writeNumber(year);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static List<String> inOrder(Set<LocalDate> dates) {
    return dates.stream().sorted().map(LocalDate::toString).toList();
  }

  private static void writePartyThresholds(PartyThresholds value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("branchMinimum", value.branchMinimum());
    gen.writeNumberField("committeeAtLeast", value.committeeAtLeast());
    gen.writeNumberField("generalBranchAtLeast", value.generalBranchAtLeast());
    gen.writeNumberField("baseCommitteeAtLeast", value.baseCommitteeAtLeast());
    gen.writeEndObject();
  }

  private static void writeMeetingRules(MeetingSchedule value, JsonGenerator gen) throws IOException {
    ParameterWriting.objects(gen, value.meetings(), meeting -> {
      ParameterWriting.named(gen, meeting.code(), meeting.en(), meeting.zh());
      gen.writeStringField("level", meeting.level());
      gen.writeNumberField("everyMonths", meeting.everyMonths());
    });
  }
}
