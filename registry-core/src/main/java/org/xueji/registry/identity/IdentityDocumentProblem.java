package org.xueji.registry.identity;

/**
 * What is wrong with an identity document's number for its document type.
 */
public enum IdentityDocumentProblem {
    /** The number is blank, which only type Z (other) allows. */
    MISSING_NUMBER("证件号码为空", "the document number is blank"),
    /** A resident identity card's number is not a valid identity number; the exception says why. */
    IDENTITY_NUMBER("居民身份证号码无效", "the resident identity card's number is invalid"),
    /** The number does not have the shape of its document type. */
    SHAPE("证件号码与证件类型不符", "the document number does not fit its document type");

    private final String chineseMessage;
    private final String englishMessage;

    IdentityDocumentProblem(String chineseMessage, String englishMessage) {
        this.chineseMessage = chineseMessage;
        this.englishMessage = englishMessage;
    }

    /**
     * Returns a sentence in Chinese that tells a clerk what is wrong.
     *
     * @return the Chinese message, not null
     */
    public String chineseMessage() {
        return chineseMessage;
    }

    /**
     * Returns the same sentence in English.
     *
     * @return the English message, not null
     */
    public String englishMessage() {
        return englishMessage;
    }
}
