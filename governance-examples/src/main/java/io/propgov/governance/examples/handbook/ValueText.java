package io.propgov.governance.examples.handbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.examples.handbook.Shown.Cell;
import io.propgov.governance.examples.html.Labels;
import io.propgov.governance.examples.report.ReportText;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a parameter value, as the policy document writes it, into what the handbook shows: shares
 * in the law's words, money in CNY or 元, yes and no, enumerated values in words where the labels
 * have them; a flat object or a short list of flat objects as a table (a name given in English and
 * Chinese shown in the reader's language only); anything larger as compact JSON.
 */
final class ValueText {

  /** The most rows a list of objects is shown as a table with. */
  static final int MAX_ROWS = 15;
  /** A policy document's comparison keys. */
  private static final Map<String, Comparison> COMPARISONS = Map.of("atLeast", Comparison.AT_LEAST,
      "moreThan", Comparison.MORE_THAN, "atMost", Comparison.AT_MOST);
  /** The members a policy document gives in CNY (schema: {@code $defs/money} and the guide fee). */
  private static final Set<String> MONEY = Set.of("budget", "flat", "amount", "guideFee", "fee", "cap");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  /** The members that name an entry by its id, shown as the id even where the labels have words for it. */
  private static final Set<String> IDS = Set.of("id", "code");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Labels t;
  private final boolean zh;
  private final Set<String> keys;

  ValueText(Labels t) {
    this.t = t;
    this.zh = t.chinese();
    this.keys = t.keys();
  }

  /** The value shown: inline, as a table, or as compact JSON. */
  Shown show(JsonNode value) {
    if (simple(value)) {
      return Shown.inline(cells(null, value));
    }
    if (value.isObject() && allSimple(value)) {
      List<List<Cell>> rows = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!otherLanguage(field.getKey())) {
          rows.add(List.of(Cell.code(field.getKey()), joined(field.getKey(), field.getValue())));
        }
      }
      return Shown.table(List.of(Cell.words(t.get("handbook.field")), Cell.words(t.get("handbook.value"))), rows);
    }
    if (value.isArray() && !value.isEmpty() && value.size() <= MAX_ROWS && objectsOfSimple(value)) {
      Set<String> columns = new LinkedHashSet<>();
      value.forEach(item -> item.fieldNames().forEachRemaining(name -> {
        if (!otherLanguage(name)) {
          columns.add(name);
        }
      }));
      List<List<Cell>> rows = new ArrayList<>();
      for (JsonNode item : value) {
        List<Cell> row = new ArrayList<>();
        for (String column : columns) {
          row.add(item.has(column) ? joined(column, item.get(column)) : Cell.words(""));
        }
        rows.add(row);
      }
      return Shown.table(columns.stream().map(this::heading).toList(), rows);
    }
    return Shown.json(compact(value).toString());
  }

  /** The value without the names in the other language, for the JSON a reader sees. */
  JsonNode compact(JsonNode value) {
    if (value.isObject()) {
      ObjectNode copy = ((ObjectNode) value).objectNode();
      value.fields().forEachRemaining(f -> {
        if (!otherLanguage(f.getKey()) || !value.has(zh ? "zh" : "en")) {
          copy.set(f.getKey(), compact(f.getValue()));
        }
      });
      return copy;
    }
    if (value.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) value)
          .arrayNode();
      value.forEach(v -> copy.add(compact(v)));
      return copy;
    }
    return value;
  }

  private Cell heading(String column) {
    if (column.equals("en") || column.equals("zh")) {
      return Cell.words(t.get("handbook.name"));
    }
    return Cell.code(column);
  }

  private boolean otherLanguage(String name) {
    return name.equals(zh ? "en" : "zh");
  }

  /** A scalar, a share with its comparison, a name in both languages, or a list of scalars. */
  private static boolean simple(JsonNode v) {
    if (v.isValueNode()) {
      return true;
    }
    if (v.isArray()) {
      for (JsonNode item : v) {
        if (!item.isValueNode()) {
          return false;
        }
      }
      return true;
    }
    return isShare(v) || isName(v);
  }

  private static boolean allSimple(JsonNode object) {
    for (JsonNode v : object) {
      if (!simple(v)) {
        return false;
      }
    }
    return true;
  }

  private static boolean objectsOfSimple(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isObject() || item.isEmpty() || !allSimple(item)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isShare(JsonNode v) {
    if (!v.isObject() || v.size() != 1) {
      return false;
    }
    String name = v.fieldNames().next();
    return COMPARISONS.containsKey(name) && v.get(name).isTextual() && share(v.get(name).asText()) != null;
  }

  private static boolean isName(JsonNode v) {
    return v.isObject() && v.size() == 2 && v.path("en").isTextual() && v.path("zh").isTextual();
  }

  private static Fraction share(String text) {
    try {
      return Fraction.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A simple value as one cell: several codes joined stay code, else words. */
  private Cell joined(String field, JsonNode v) {
    List<Cell> cells = cells(field, v);
    if (cells.size() == 1) {
      return cells.get(0);
    }
    boolean code = cells.stream().allMatch(Cell::code);
    return new Cell(String.join(zh ? "、" : ", ", cells.stream().map(Cell::text).toList()), code);
  }

  private List<Cell> cells(String field, JsonNode v) {
    if (v.isArray() && v.size() > 1 && allDates(v)) {
      return dateRuns(v);
    }
    if (v.isArray()) {
      List<Cell> cells = new ArrayList<>();
      v.forEach(item -> cells.add(cell(field, item)));
      return cells.isEmpty() ? List.of(Cell.words(t.get("handbook.none"))) : cells;
    }
    return List.of(cell(field, v));
  }

  private static boolean allDates(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isTextual() || !DATE.matcher(item.asText()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A list of dates with each run of consecutive days shown as its first and last day, in the
   * order given: a calendar's holidays read as its holidays, not as a wall of single days.
   */
  private List<Cell> dateRuns(JsonNode array) {
    List<Cell> runs = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (JsonNode item : array) {
      LocalDate day = LocalDate.parse(item.asText());
      if (last != null && day.equals(last.plusDays(1))) {
        last = day;
        continue;
      }
      if (first != null) {
        runs.add(run(first, last));
      }
      first = day;
      last = day;
    }
    runs.add(run(first, last));
    return runs;
  }

  private Cell run(LocalDate first, LocalDate last) {
    return Cell.words(first.equals(last) ? first.toString()
        : first + (zh ? "至" : " to ") + last);
  }

  private Cell cell(String field, JsonNode v) {
    if (isShare(v)) {
      String comparison = v.fieldNames().next();
      return Cell.words(Figure.requiredShare(COMPARISONS.get(comparison), share(v.get(comparison).asText()),
          zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
    }
    if (isName(v)) {
      return Cell.words(v.get(zh ? "zh" : "en").asText());
    }
    if (v.isBoolean()) {
      return Cell.words(t.get(v.booleanValue() ? "handbook.yes" : "handbook.no"));
    }
    if (v.isNumber()) {
      BigDecimal number = v.decimalValue();
      if (field != null && MONEY.contains(field)) {
        return Cell.words(ReportText.money(number, zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
      }
      return Cell.words(number.stripTrailingZeros().toPlainString());
    }
    String text = v.asText();
    if (CODE.matcher(text).matches() && (field == null || !IDS.contains(field))) {
      String key = "handbook.code." + text;
      return keys.contains(key) ? Cell.words(t.get(key)) : Cell.code(text);
    }
    // An id (level-3, sub-district) is code; a date stays a date; any other text is words.
    return v.isTextual() && ID.matcher(text).matches() && !DATE.matcher(text).matches() ? Cell.code(text)
        : Cell.words(text);
  }
}
