package org.xueji.registry.identity;

/**
 * The kind of a registry number (学籍号), named by its first letter.
 */
public enum RegistryNumberKind {
    /** G: the student's identity number follows; the normal, permanent kind. */
    G("以身份证件号码生成的学籍号"),
    /** J: a self-assigned code in the identity layout, for a student without an identity number. */
    J("无身份证件号码学生的自编学籍号"),
    /** L: a temporary number until the student's identity is verified, then replaced by G. */
    L("身份未核验学生的临时学籍号");

    private final String chineseDescription;

    RegistryNumberKind(String chineseDescription) {
        this.chineseDescription = chineseDescription;
    }

    /**
     * Returns a Chinese description of this kind.
     *
     * @return the description, not null
     */
    public String chineseDescription() {
        return chineseDescription;
    }

    /**
     * Returns the letter that starts numbers of this kind.
     *
     * @return G, J or L
     */
    public char letter() {
        return name().charAt(0);
    }

    /** Returns the kind an upper- or lower-case, half- or full-width letter names, or null. */
    static RegistryNumberKind ofLetter(char c) {
        char letter = c >= '\uFF21' && c <= '\uFF5A' ? (char) (c - '\uFF21' + 'A') : c;
        switch (Character.toUpperCase(letter)) {
            case 'G':
                return G;
            case 'J':
                return J;
            case 'L':
                return L;
            default:
                return null;
        }
    }
}
