package org.xueji.registry.code;

import java.util.List;

/**
 * A student's type of disability (残疾人类型), as the national student form codes it.
 *
 * <p>Codes 1 to 7 and their order are those of GB/T 26341, the national classification of
 * disabilities (视力, 听力, 言语, 肢体, 智力, 精神, 多重); code 0 无残疾 is the form's value for a
 * student without disability. The codes have one digit; {@link CodeTables} also accepts
 * {@code 00} for 无残疾 and {@code 01} to {@code 07}, as some sheets write them.
 */
@CodeTableName("残疾人类型")
public enum Disability implements CodeTable {
    /** 无残疾, no disability, code 0. */
    NONE("0", "无残疾", "无", "非残疾"),
    /** 视力残疾, visual disability, code 1. */
    VISUAL("1", "视力残疾"),
    /** 听力残疾, hearing disability, code 2. */
    HEARING("2", "听力残疾"),
    /** 言语残疾, speech disability, code 3. */
    SPEECH("3", "言语残疾"),
    /** 肢体残疾, physical disability, code 4. */
    PHYSICAL("4", "肢体残疾"),
    /** 智力残疾, intellectual disability, code 5. */
    INTELLECTUAL("5", "智力残疾"),
    /** 精神残疾, mental disability, code 6. */
    MENTAL("6", "精神残疾"),
    /** 多重残疾, multiple disabilities, code 7. */
    MULTIPLE("7", "多重残疾");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    Disability(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the disability type a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 0} or {@code 00}, or the name, such as
     *     {@code 无残疾}, not null
     * @return the disability type, not null
     * @throws UnknownCodeException if the text denotes no disability type
     */
    public static Disability parse(CharSequence codeOrName) {
        return CodeTables.parse(Disability.class, codeOrName);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Tells whether this type is a disability, that is, anything but {@link #NONE}.
     *
     * @return false for 无残疾 only
     */
    public boolean isDisability() {
        return this != NONE;
    }
}
