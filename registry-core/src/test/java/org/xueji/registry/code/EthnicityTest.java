package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;

class EthnicityTest {

    @Test
    void listsTheFiftySixGroupsInTheStandardsOrderThenOtherAndForeignOrigin() {
        String expected = "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族"
                + " 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族"
                + " 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族"
                + " 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族"
                + " 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族 其他 外国血统中国籍人士";

        assertThat(Ethnicity.values()).extracting(Ethnicity::chineseName)
                .containsExactly(expected.split(" "));
        for (int i = 0; i < 56; i++) {
            assertThat(Ethnicity.values()[i].code()).isEqualTo(String.format("%02d", i + 1));
        }
        assertThat(Ethnicity.OTHER.code()).isEqualTo("97");
        assertThat(Ethnicity.FOREIGN_ORIGIN.code()).isEqualTo("98");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "汉,        HAN",
        "维吾尔,    UYGUR",
        "土,        TU",
        "土家,      TUJIA",
        "柯尔克孜,  KIRGIZ",
        "1,         HAN",
        "01,        HAN",
        "'  5 ',    UYGUR",
        "０１,      HAN",
        "１,        HAN",
        "097,       OTHER",
        "98,        FOREIGN_ORIGIN",
    })
    void acceptsNamesWithoutTheirSuffixAndCodesWithoutTheirLeadingZero(
            String text, Ethnicity expected) {
        assertThat(Ethnicity.parse(text)).isEqualTo(expected);
    }

    @Test
    void aliasesEveryGroupNameWithoutItsSuffixButNotOtherAndForeignOrigin() {
        Arrays.stream(Ethnicity.values())
                .filter(e -> e != Ethnicity.OTHER && e != Ethnicity.FOREIGN_ORIGIN)
                .forEach(e -> assertThat(e.aliases()).containsExactly(
                        e.chineseName().substring(0, e.chineseName().length() - 1)));
        assertThat(Ethnicity.OTHER.aliases()).isEmpty();
        assertThat(Ethnicity.FOREIGN_ORIGIN.aliases()).isEmpty();
    }

    @Test
    void countsFiftyFiveMinorities() {
        assertThat(Ethnicity.values()).filteredOn(Ethnicity::isMinority).hasSize(55);
    }

    @Test
    void rejectsAnUnknownGroupNamingTheEthnicityTable() {
        assertThatThrownBy(() -> Ethnicity.parse("火星族"))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessage("“火星族”不是民族代码表中的代码或名称")
                .extracting(e -> ((UnknownCodeException) e).code())
                .isEqualTo(ErrorCode.UNKNOWN_CODE);
        assertThatThrownBy(() -> Ethnicity.parse("57"))
                .hasMessage("“57”不是民族代码表中的代码或名称");
        assertThatThrownBy(() -> Ethnicity.parse("0"))
                .isInstanceOf(UnknownCodeException.class);
    }
}
