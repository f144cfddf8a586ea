package dev.leadpulse.store;

import java.util.List;
import java.util.Set;

/** Sales reps' verdicts on leads, kept with time and author. */
public interface Dispositions {

  /** The verdicts a rep may give. */
  Set<String> VERDICTS = Set.of("accepted", "rejected", "contacted", "converted", "lost");

  /** One verdict. {@code id} is assigned by the store (0 when adding). */
  record Disposition(long id, String person, String verdict, String note, String author, long time) {
    public Disposition {
      if (!VERDICTS.contains(verdict)) {
        throw new IllegalArgumentException("verdict must be one of accepted, rejected, contacted, converted, lost;"
            + " not \"" + verdict + "\"");
      }
    }
  }

  /** Records a verdict and returns it with its id. */
  Disposition add(Disposition d);

  /** A person's verdicts, oldest first. */
  List<Disposition> of(String person);
}
