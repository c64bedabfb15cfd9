package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.IdentityDocumentType;

/**
 * Issue #11 for what the captured output of a test run cannot show: the message, English
 * message and {@code toString()} of every exception the identity types throw, and the
 * {@code toString()} of every value that holds a number, never contain the full number, for
 * generated numbers and every way of getting one wrong.
 */
class PersonalDataProperties {

    private static final Clock CLOCK = IdentityNumberProperties.CLOCK;

    @Property(tries = 500)
    void noRefusalOfANearlyValidNumberRepeatsIt(
            @ForAll("bodies") String body, @ForAll("mistakes") Mistake mistake) {
        String number = body + IdentityNumberProperties.IdentityNumbers.check(body);
        String text = mistake.apply(number);

        for (RegistryException refusal : refusalsOf(text)) {
            assertHoldsNoFullNumber(refusal.getMessage(), number, text);
            assertHoldsNoFullNumber(refusal.englishMessage(), number, text);
            assertHoldsNoFullNumber(refusal.toString(), number, text);
        }
    }

    @Property(tries = 500)
    void noValueThatHoldsANumberShowsItInFull(@ForAll("bodies") String body) {
        String number = body + IdentityNumberProperties.IdentityNumbers.check(body);
        IdentityNumber parsed = IdentityNumber.parse(number, CLOCK);

        assertHoldsNoFullNumber(parsed.toString(), number, number);
        assertHoldsNoFullNumber(RegistryNumber.of(parsed).toString(), number, number);
        assertHoldsNoFullNumber(IdentityDocument.of(
                IdentityDocumentType.RESIDENT_IDENTITY_CARD, number, CLOCK).toString(),
                number, number);
    }

    @Provide
    Arbitrary<String> bodies() {
        return new IdentityNumberProperties().bodies();
    }

    @Provide
    Arbitrary<Mistake> mistakes() {
        return Arbitraries.of(Mistake.class);
    }

    private static List<RegistryException> refusalsOf(String text) {
        List<RegistryException> refusals = new ArrayList<>();
        try {
            IdentityNumber.parse(text, CLOCK);
        } catch (InvalidIdentityNumberException e) {
            refusals.add(e);
        }
        try {
            RegistryNumber.parse("G" + text, CLOCK);
        } catch (InvalidRegistryNumberException e) {
            refusals.add(e);
        }
        try {
            IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD, text, CLOCK);
        } catch (InvalidIdentityDocumentException e) {
            refusals.add(e);
        }
        return refusals;
    }

    private static void assertHoldsNoFullNumber(String shown, String number, String text) {
        String digits = text.replaceAll("[^0-9Xx]", "");
        assertThat(shown).doesNotContain(number).doesNotContain(number.substring(0, 17));
        if (digits.length() >= 15) {
            assertThat(shown).doesNotContain(digits);
        }
    }

    /** One way of getting a valid number wrong, each meeting another rule. */
    enum Mistake {
        WRONG_CHECK_CHARACTER {
            @Override
            String apply(String number) {
                return number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
            }
        },
        DATE_THAT_DOES_NOT_EXIST {
            @Override
            String apply(String number) {
                return number.substring(0, 10) + "13" + number.substring(12);
            }
        },
        FUTURE_BIRTH_DATE {
            @Override
            String apply(String number) {
                return number.substring(0, 6) + "2999" + number.substring(10);
            }
        },
        NO_PROVINCE {
            @Override
            String apply(String number) {
                return "00" + number.substring(2);
            }
        },
        ONE_DIGIT_TOO_MANY {
            @Override
            String apply(String number) {
                return number + "1";
            }
        },
        LETTER_INSIDE {
            @Override
            String apply(String number) {
                return number.substring(0, 9) + "A" + number.substring(10);
            }
        },
        LEGACY_WITH_A_WRONG_DATE {
            @Override
            String apply(String number) {
                return number.substring(0, 6) + number.substring(8, 10) + "13"
                        + number.substring(12, 17);
            }
        },
        SPACES_AND_LOWER_CASE {
            @Override
            String apply(String number) {
                return " " + number.substring(0, 6) + " " + number.substring(6, 17) + "x0";
            }
        };

        /** Returns the number with this mistake. */
        abstract String apply(String number);
    }
}
