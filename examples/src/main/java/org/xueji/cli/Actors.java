package org.xueji.cli;

import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.RegistryStorage;

/**
 * Turns the {@code --as} option into the acting {@link Actor}, an administrator of one level.
 *
 * <p>The names are {@code province} (the province of the stored authorities, Anhui 340000 when
 * none is stored yet), {@code province:340000}, {@code city:340100}, {@code county:340111} (a
 * division code of GB/T 2260 whose authority is stored) and {@code school:2134000001} (a stored
 * school or branch school, by its 学校标识码). The name becomes the actor's account in the audit
 * trail.
 *
 * <p>The tool trusts its operator: there is no authentication, only the scope checks every use
 * case makes. It is a tool for whoever runs the machine the database lives on; a system that
 * serves many users puts its own login in front of the library instead.
 */
final class Actors {

    private static final DivisionCode DEFAULT_PROVINCE = DivisionCode.parse("340000");

    private Actors() {
    }

    /**
     * Returns the actor a name stands for.
     *
     * @param name  the {@code --as} value, not null
     * @param storage  the storage holding the organisation, not null
     * @param messages  the messages, not null
     * @return the actor, not null
     * @throws CliException with {@link CliException#USAGE} if the name is malformed or names
     *     nothing stored
     */
    static Actor parse(String name, RegistryStorage storage, Messages messages) {
        int colon = name.indexOf(':');
        String kind = colon < 0 ? name : name.substring(0, colon);
        String value = colon < 0 ? "" : name.substring(colon + 1).strip();
        try {
            switch (kind) {
                case "province":
                    return Actor.administrator(name, Scope.of(value.isEmpty()
                            ? province(storage) : DivisionCode.parse(value)));
                case "city":
                case "county":
                    DivisionCode division = DivisionCode.parse(value);
                    if (storage.authorities().findByDivision(division).isEmpty()) {
                        throw CliException.usage(messages.get("actor.unknown", name));
                    }
                    return Actor.administrator(name, Scope.of(division));
                case "school":
                    Scope place = storage.schools().placeOf(SchoolIdentifier.parse(value))
                            .orElseThrow(() -> CliException.usage(
                                    messages.get("actor.unknown", name)));
                    return Actor.administrator(name, place);
                default:
                    throw CliException.usage(messages.get("actor.malformed", name));
            }
        } catch (IllegalArgumentException | RegistryException e) {
            throw CliException.usage(messages.get("actor.malformed", name));
        }
    }

    private static DivisionCode province(RegistryStorage storage) {
        return storage.authorities().listWithin(DEFAULT_PROVINCE).stream().findFirst()
                .map(authority -> DivisionCode.parse(
                        authority.division().value().substring(0, 2) + "0000"))
                .orElse(DEFAULT_PROVINCE);
    }
}
