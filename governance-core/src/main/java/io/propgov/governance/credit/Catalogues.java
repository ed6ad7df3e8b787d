package io.propgov.governance.credit;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy's credit event catalogues over time, each indexed by code once, with the figures every
 * event of a type shares built once: resolving an event is a binary search over the periods and
 * one hash lookup. Immutable after construction, so safe to share between threads.
 */
final class Catalogues {

  /**
   * One event type of a catalogue with what every reason about an event of it repeats.
   *
   * @param type the type
   * @param source the citation of the catalogue it belongs to
   * @param en its English description as a figure
   * @param zh its Chinese description as a figure
   * @param kind its kind as a figure
   * @param points its signed catalogue points as a figure
   */
  record Entry(CreditEventType type, Citation source, Figure en, Figure zh, Figure kind, Figure points) {}

  /**
   * One catalogue in force from a date, indexed by code.
   *
   * @param catalogue the catalogue
   * @param byCode its entries by event code
   */
  record Indexed(CreditCatalogue catalogue, Map<String, Entry> byCode) {

    /** The entry of a code, or null when the catalogue does not list it. */
    Entry entry(String code) {
      return byCode.get(code);
    }
  }

  private final LocalDate[] from;
  private final Indexed[] indexed;

  Catalogues(Timeline<CreditCatalogue> timeline) {
    List<ParameterValue<CreditCatalogue>> values = timeline.values();
    from = new LocalDate[values.size()];
    indexed = new Indexed[values.size()];
    for (int i = 0; i < values.size(); i++) {
      ParameterValue<CreditCatalogue> value = values.get(i);
      Map<String, Entry> byCode = new HashMap<>();
      for (CreditEventType type : value.value().types()) {
        byCode.put(type.code(), new Entry(type, value.source(), Figure.text("eventEn", type.en()),
            Figure.text("eventZh", type.zh()), Figure.term("kind", type.kind().name()),
            CreditRules.number("points", type.kind().adds() ? type.points() : type.points().negate())));
      }
      from[i] = value.effectiveFrom();
      indexed[i] = new Indexed(value.value(), Map.copyOf(byCode));
    }
  }

  /**
   * The catalogue in force on a date.
   *
   * @param date the date
   * @return the indexed catalogue, or null before the first comes into force
   */
  Indexed at(LocalDate date) {
    int lo = 0;
    int hi = from.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (from[mid].isAfter(date)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found < 0 ? null : indexed[found];
  }
}
