package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.internal.Texts;

/**
 * The editable facts of a class that Article 10 lists: name, head teacher (班主任), the year and
 * month the class was founded (建班年月), school system, class type (班级类型) and honours
 * (荣誉称号).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClassProfile {

    private final String name;
    private final String headTeacher;
    private final YearMonth founded;
    private final SchoolSystem schoolSystem;
    private final ClassType classType;
    private final String honours;

    private ClassProfile(Builder builder) {
        this.name = Texts.required(builder.name, "班级名称", "name", 30);
        this.headTeacher = Texts.required(builder.headTeacher, "班主任姓名", "head teacher", 30);
        this.founded = requireNonNull(builder.founded, "founded");
        this.schoolSystem = requireNonNull(builder.schoolSystem, "schoolSystem");
        this.classType = requireNonNull(builder.classType, "classType");
        this.honours = Texts.optional(builder.honours, "荣誉称号", "honours", 200);
    }

    /**
     * Starts a profile, with no honours.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this profile's fields, to change some of them.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        return new Builder().name(name).headTeacher(headTeacher).founded(founded)
                .schoolSystem(schoolSystem).classType(classType).honours(honours);
    }

    /**
     * Returns the class's name, such as 一（1）班.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the head teacher's name.
     *
     * @return the name, not null
     */
    public String headTeacher() {
        return headTeacher;
    }

    /**
     * Returns the year and month the class was founded.
     *
     * @return the founding month, not null
     */
    public YearMonth founded() {
        return founded;
    }

    /**
     * Returns the class's school system, which decides the stage of each of its grades.
     *
     * @return the system, not null
     */
    public SchoolSystem schoolSystem() {
        return schoolSystem;
    }

    /**
     * Returns the class type.
     *
     * @return the type, not null
     */
    public ClassType classType() {
        return classType;
    }

    /**
     * Returns the class's honours, as written.
     *
     * @return the honours, empty if none, not null
     */
    public String honours() {
        return honours;
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("headTeacher", headTeacher);
        fields.put("founded", founded.toString());
        fields.put("schoolSystem", schoolSystem.code());
        fields.put("classType", classType.code());
        fields.put("honours", honours);
        return fields;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ClassProfile && fields().equals(((ClassProfile) obj).fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, headTeacher, founded, schoolSystem, classType, honours);
    }

    /**
     * Returns the fields as {@code ClassProfile{name=…, …}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ClassProfile" + fields();
    }

    /**
     * Collects the fields of a {@link ClassProfile}. Not thread-safe.
     */
    public static final class Builder {
        private String name;
        private String headTeacher;
        private YearMonth founded;
        private SchoolSystem schoolSystem;
        private ClassType classType;
        private String honours = "";

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name  the class's name, not blank
         * @return this builder, not null
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the head teacher.
         *
         * @param headTeacher  the head teacher's name, not blank
         * @return this builder, not null
         */
        public Builder headTeacher(String headTeacher) {
            this.headTeacher = headTeacher;
            return this;
        }

        /**
         * Sets the founding month.
         *
         * @param founded  the year and month, not null
         * @return this builder, not null
         */
        public Builder founded(YearMonth founded) {
            this.founded = founded;
            return this;
        }

        /**
         * Sets the school system.
         *
         * @param schoolSystem  the system, not null
         * @return this builder, not null
         */
        public Builder schoolSystem(SchoolSystem schoolSystem) {
            this.schoolSystem = schoolSystem;
            return this;
        }

        /**
         * Sets the class type.
         *
         * @param classType  the type, not null
         * @return this builder, not null
         */
        public Builder classType(ClassType classType) {
            this.classType = classType;
            return this;
        }

        /**
         * Sets the honours.
         *
         * @param honours  the honours, empty for none, not null
         * @return this builder, not null
         */
        public Builder honours(String honours) {
            this.honours = honours;
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile, not null
         * @throws NullPointerException if a field was not set
         * @throws RegistryException with {@link org.xueji.registry.ErrorCode#INVALID_VALUE} if
         *     the name or head teacher is blank or a text too long
         */
        public ClassProfile build() {
            return new ClassProfile(this);
        }
    }
}
