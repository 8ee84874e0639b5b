package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void chineseCharacters_takeTwoColumnsAndKeepTheTableAligned() {
        String table = new TextTable().row("变型", "结论", "R1").row("BUS-5300", "不通过", "μ 0.8").render("");
        // "变型" is 4 terminal columns, "BUS-5300" 8: the header pads 4 + 2 spaces, the row 0 + 2.
        // "结论" is 4 columns, "不通过" 6: the header pads 2 + 2, the row 0 + 2.
        assertEquals("变型      结论    R1\nBUS-5300  不通过  μ 0.8\n", table);
    }

    @Test
    void displayWidth_countsWideCharactersTwiceAndSymbolsOnce() {
        assertEquals(6, TextTable.displayWidth("不通过"));
        assertEquals(5, TextTable.displayWidth("22.2°"));
        assertEquals(4, TextTable.displayWidth("（）"));
        assertEquals(1, TextTable.displayWidth("μ"));
    }
}
