package io.propgov.governance.vote;

import io.propgov.governance.constraint.FieldSink;
import java.util.List;

/**
 * The hand-written checks of the field constraints of
 * owners' votes and their ballots: the constraints their
 * components declare as Bean Validation annotations, checked without reflection. Used by the
 * rule areas before their own checks, and by {@code FactsConstraints.fast()}; hosts call
 * {@code FactsConstraints} instead.
 *
 * @since 0.1.0
 */
public final class VoteFields {

  private VoteFields() {}

  /** Every constraint of an owners' vote and its ballots. */
  public static void vote(OwnersVote v, Object at, FieldSink sink) {
    header(v, at, sink);
    List<Ballot> ballots = v.ballots();
    for (int i = 0, n = ballots.size(); i < n; i++) {
      Ballot b = ballots.get(i);
      if (b == null || b.ownerId() == null || b.area() == null || b.choice() == null || b.area().signum() <= 0
          || blank(b.ownerId())) {
        if (sink.item(b, at, "ballots", i)) {
          ballot(b, FieldSink.at(at, "ballots", i), sink);
        }
      }
    }
  }

  /** The constraints of an owners' vote's own fields, without its ballots. */
  static void header(OwnersVote v, Object at, FieldSink sink) {
    sink.requiredText(v.id(), at, "id");
    sink.required(v.matter(), at, "matter");
    sink.required(v.date(), at, "date");
    sink.min(v.totalOwners(), 1, at, "totalOwners");
    if (sink.required(v.totalArea(), at, "totalArea")) {
      sink.positive(v.totalArea(), at, "totalArea");
    }
    if (v.contractNoticeDays() != null) {
      sink.min(v.contractNoticeDays(), 0, at, "contractNoticeDays");
    }
  }

  /** Blank as {@link String#isBlank}, deciding most ids by their first character alone. */
  static boolean blank(String text) {
    return FieldSink.blank(text);
  }

  /** The field constraints of one {@code ballot}, under {@code at}. */
  public static void ballot(Ballot b, Object at, FieldSink sink) {
    sink.requiredText(b.ownerId(), at, "ownerId");
    if (sink.required(b.area(), at, "area")) {
      sink.positive(b.area(), at, "area");
    }
    sink.required(b.choice(), at, "choice");
  }
}
