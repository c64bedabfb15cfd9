package org.xueji.registry.jdbc;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xueji.registry.access.Scope;
import org.xueji.registry.change.ChangeDetails;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.jdbc.internal.KeyValueText;
import org.xueji.registry.organisation.ClassId;

/**
 * The details of a change case as the {@code key=value} text of
 * {@link KeyValueText#writeMap}, one map per kind; the kind itself is the case row's
 * {@code kind} column. Dates are ISO dates, classes their text form, a sex its national code and
 * a place three keys ({@code .division}, {@code .school}, {@code .centralSchool}, the last two
 * only when present):
 *
 * <ul>
 *   <li>{@code TRANSFER}: {@code fromClass}, {@code fromPlace.*}, {@code toClass},
 *       {@code toPlace.*};
 *   <li>{@code SUSPENSION}: {@code from}, {@code until};
 *   <li>{@code RESUMPTION} and {@code GRADE_SKIP}: {@code toClass};
 *   <li>{@code WITHDRAWAL}: {@code effective}; {@code DROPOUT}: {@code since};
 *   <li>{@code DEATH}: {@code dateOfDeath}, {@code filingDue};
 *   <li>{@code KEY_DATA_CORRECTION}: those of {@code name}, {@code sex}, {@code birthDate} and
 *       {@code identityNumber} (in full) that are corrected.
 * </ul>
 */
final class ChangeDetailsText {

    private ChangeDetailsText() {
    }

    /** Writes a case's details. */
    static String write(ChangeDetails details) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (details.kind()) {
            case TRANSFER: {
                ChangeDetails.Transfer transfer = (ChangeDetails.Transfer) details;
                values.put("fromClass", transfer.fromClass().toString());
                putPlace(values, "fromPlace", transfer.fromPlace());
                values.put("toClass", transfer.toClass().toString());
                putPlace(values, "toPlace", transfer.toPlace());
                break;
            }
            case SUSPENSION: {
                ChangeDetails.Suspension suspension = (ChangeDetails.Suspension) details;
                values.put("from", suspension.from().toString());
                values.put("until", suspension.until().toString());
                break;
            }
            case RESUMPTION:
                values.put("toClass", ((ChangeDetails.Resumption) details).toClass().toString());
                break;
            case GRADE_SKIP:
                values.put("toClass", ((ChangeDetails.GradeSkip) details).toClass().toString());
                break;
            case WITHDRAWAL:
                values.put("effective",
                        ((ChangeDetails.Withdrawal) details).effective().toString());
                break;
            case DROPOUT:
                values.put("since", ((ChangeDetails.Dropout) details).since().toString());
                break;
            case DEATH: {
                ChangeDetails.Death death = (ChangeDetails.Death) details;
                values.put("dateOfDeath", death.dateOfDeath().toString());
                values.put("filingDue", death.filingDue().toString());
                break;
            }
            default:
                putCorrection(values, (ChangeDetails.KeyDataCorrection) details);
        }
        return KeyValueText.writeMap(values);
    }

    /** Reads the details of a case of a kind. */
    static ChangeDetails read(ChangeKind kind, String text) {
        Map<String, String> values = KeyValueText.readMap(text);
        switch (kind) {
            case TRANSFER:
                return new ChangeDetails.Transfer(ClassId.parse(values.get("fromClass")),
                        place(values, "fromPlace"), ClassId.parse(values.get("toClass")),
                        place(values, "toPlace"));
            case SUSPENSION:
                return new ChangeDetails.Suspension(date(values, "from"), date(values, "until"));
            case RESUMPTION:
                return new ChangeDetails.Resumption(ClassId.parse(values.get("toClass")));
            case GRADE_SKIP:
                return new ChangeDetails.GradeSkip(ClassId.parse(values.get("toClass")));
            case WITHDRAWAL:
                return new ChangeDetails.Withdrawal(date(values, "effective"));
            case DROPOUT:
                return new ChangeDetails.Dropout(date(values, "since"));
            case DEATH:
                return new ChangeDetails.Death(date(values, "dateOfDeath"),
                        date(values, "filingDue"));
            default:
                return correction(values);
        }
    }

    private static void putCorrection(Map<String, String> values,
            ChangeDetails.KeyDataCorrection correction) {
        if (correction.name() != null) {
            values.put("name", correction.name());
        }
        if (correction.sex() != null) {
            values.put("sex", correction.sex().code());
        }
        if (correction.birthDate() != null) {
            values.put("birthDate", correction.birthDate().toString());
        }
        correction.newIdentityNumber().ifPresent(number ->
                values.put("identityNumber", number.value()));
    }

    private static ChangeDetails correction(Map<String, String> values) {
        String sex = values.get("sex");
        String number = values.get("identityNumber");
        return new ChangeDetails.KeyDataCorrection(values.get("name"),
                sex == null ? null : Rows.code(Sex.class, sex),
                values.containsKey("birthDate") ? date(values, "birthDate") : null,
                number == null ? null : IdentityNumber.parse(number));
    }

    private static void putPlace(Map<String, String> values, String prefix, Scope place) {
        values.put(prefix + ".division", place.division().value());
        place.school().ifPresent(school -> values.put(prefix + ".school", school.value()));
        place.centralSchool().ifPresent(central ->
                values.put(prefix + ".centralSchool", central.value()));
    }

    private static Scope place(Map<String, String> values, String prefix) {
        return Rows.scope(values.get(prefix + ".division"), values.get(prefix + ".school"),
                values.get(prefix + ".centralSchool"));
    }

    private static LocalDate date(Map<String, String> values, String key) {
        return LocalDate.parse(values.get(key));
    }
}
