package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharactersButKeepsChinese() {
        assertThat(Json.string("身份证件号 \"A\\B\"\n\t\u0001"))
                .isEqualTo("\"身份证件号 \\\"A\\\\B\\\"\\n\\t\\u0001\"");
    }
}
