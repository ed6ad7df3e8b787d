package io.propgov.governance.satisfaction;

import io.propgov.governance.constraint.FieldSink;
import java.util.List;

/**
 * The hand-written checks of the field constraints of
 * survey rounds and their answers: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule areas before their own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.1.0
 */
public final class SatisfactionFields {

  private SatisfactionFields() {}

  /** The constraints of a survey round's own fields, without its answers. */
  static void header(SurveyRound r, Object at, FieldSink sink) {
    sink.requiredText(r.id(), at, "id");
    sink.required(r.date(), at, "date");
    sink.min(r.households(), 1, at, "households");
  }

  /**
   * The respondent id of an answer that keeps every field constraint; throws {@code unsound}
   * otherwise, so that a pass over thousands of answers checks them as it reads their ids.
   */
  static String soundId(SurveyAnswer a, RuntimeException unsound) {
    if (a == null || a.respondentId() == null || a.group() == null || a.score() == null
        || FieldSink.blank(a.respondentId())) {
      throw unsound;
    }
    return a.respondentId();
  }

  /** Every constraint of a survey round and its answers. */
  public static void round(SurveyRound r, Object at, FieldSink sink) {
    header(r, at, sink);
    List<SurveyAnswer> answers = r.answers();
    for (int i = 0, n = answers.size(); i < n; i++) {
      SurveyAnswer a = answers.get(i);
      // The common case, every field given and the id not blank, costs three null checks.
      if (a == null || a.respondentId() == null || a.group() == null || a.score() == null
          || FieldSink.blank(a.respondentId())) {
        if (sink.item(a, at, "answers", i)) {
          answer(a, FieldSink.at(at, "answers", i), sink);
        }
      }
    }
  }

  /** The field constraints of one {@code answer}, under {@code at}. */
  public static void answer(SurveyAnswer a, Object at, FieldSink sink) {
    sink.requiredText(a.respondentId(), at, "respondentId");
    sink.required(a.group(), at, "group");
    sink.required(a.score(), at, "score");
  }
}
