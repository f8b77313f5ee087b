package io.github.qcdc.geo;

import io.github.qcdc.internal.Checks;
import java.time.LocalDate;

/**
 * A legal document that decided something: {@code 1678/NQ-UBTVQH15} of 2025-06-16 on the
 * arrangement of commune-level units of Nghệ An province.
 *
 * @param number the document's number and symbol, as published ({@code 831/NQ-UBTVQH14})
 * @param date the day it was signed
 * @param title its title, possibly empty
 * @since 0.1
 */
public record LegalAct(String number, LocalDate date, String title) {

  /**
   * Validates that the number is present.
   *
   * @param number the document's number and symbol, as published ({@code 831/NQ-UBTVQH14})
   * @param date the day it was signed
   * @param title its title, possibly empty
   */
  public LegalAct {
    Checks.text("legal act number", number);
  }

  /** The number of the {@linkplain #unrecorded unrecorded} act. */
  public static final String UNRECORDED = "(unrecorded)";

  /**
   * {@return the stand-in act of a change the sources do not record, known only because a unit is
   * in one list of {@code date} and not in the next: number {@value #UNRECORDED}, {@code title}
   * saying which lists}
   *
   * @param date the day it was signed
   * @param title its title, possibly empty
   */
  public static LegalAct unrecorded(LocalDate date, String title) {
    return new LegalAct(UNRECORDED, date, title);
  }

  /**
   * {@return whether this is a real act, not the {@linkplain #unrecorded stand-in} of an unrecorded
   * one}
   */
  public boolean isRecorded() {
    return !number.equals(UNRECORDED);
  }

  /**
   * {@return the act {@code number} of {@code date}}
   *
   * @param number the document's number and symbol, as published ({@code 831/NQ-UBTVQH14})
   * @param date the day it was signed
   * @param title its title, possibly empty
   */
  public static LegalAct of(String number, LocalDate date, String title) {
    return new LegalAct(number, date, title);
  }

  @Override
  public String toString() {
    return number + " (" + date + ")";
  }
}
