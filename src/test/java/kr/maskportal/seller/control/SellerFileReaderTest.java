package kr.maskportal.seller.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import kr.maskportal.seller.entity.SellerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SellerFileReaderTest {

    private static final String HEADER = "addr,code,latitude,longitude,name,type\n";
    private static final String GOOD = "서울특별시 중구 세종대로 110,12345678,37.5665,126.978,시청약국,01\n";

    @Test
    void readsACleanFileWithLineNumbersCountingTheHeader() {
        SellerFileContents file = read(HEADER + GOOD
                + "부산광역시 중구 중앙대로 2,1234567890,35.1,129.03,부산우체국,02\n");

        assertEquals(List.of(), file.problems());
        assertEquals(List.of(
                new SellerRow(2, "12345678", "시청약국", SellerType.PHARMACY, "서울특별시 중구 세종대로 110",
                        new GeoPoint(37.5665, 126.978)),
                new SellerRow(3, "1234567890", "부산우체국", SellerType.POST_OFFICE, "부산광역시 중구 중앙대로 2",
                        new GeoPoint(35.1, 129.03))), file.rows());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        SellerFileContents file = read("\uFEFF" + HEADER + GOOD);
        assertEquals(1, file.rows().size());
        assertEquals(List.of(), file.problems());
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndUnderTheFeedsOwnNames() {
        SellerFileContents file = read(" Type ,name,lng,lat,CODE,address,extra\n"
                + "3,하나로마트,127.5,36.5,5038300744,충북 청주시 1,whatever\n");
        assertEquals(List.of(), file.problems());
        assertEquals(new SellerRow(2, "5038300744", "하나로마트", SellerType.NONGHYUP_MART, "충북 청주시 1",
                new GeoPoint(36.5, 127.5)), file.rows().get(0));
    }

    @Test
    void withoutCoordinateColumnsSellersHaveNoLocation() {
        SellerFileContents file = read("addr,code,name,type\n서울 중구 1,12345678,약국,01\n");
        assertEquals(List.of(), file.problems());
        assertFalse(file.rows().get(0).hasLocation());
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        SellerFileContents file = read(HEADER
                + "\"충청남도 홍성군 갈산면 상촌로 12-1,\",34840559,36.6,126.5,\"약국, 오늘\",01\n"
                + "\"서울 중구 \"\"명동\"\" 1\",34840560,,,\"J\"\"s 약국\",01\n"
                + "\"서울 중구 세종대로 1\n2층\",34840561,,,두줄약국,01\n"
                + GOOD);

        assertEquals(List.of(), file.problems());
        List<SellerRow> rows = file.rows();
        assertEquals("충청남도 홍성군 갈산면 상촌로 12-1", rows.get(0).address(), "trailing comma dropped");
        assertEquals("약국, 오늘", rows.get(0).name());
        assertEquals("서울 중구 명동 1", rows.get(1).address(), "quotes inside an address mean nothing");
        assertEquals("J\"s 약국", rows.get(1).name(), "a name keeps its quotes");
        assertEquals("서울 중구 세종대로 1 2층", rows.get(2).address());
        assertEquals(4, rows.get(2).lineNumber());
        assertEquals(6, rows.get(3).lineNumber(), "the record after a two-line record starts two lines later");
    }

    @Test
    void anUnclosedQuoteCostsOnlyItsOwnLine() {
        SellerFileContents file = read(HEADER
                + "\"서울 중구 1,11111111,37.5,126.9,깨진약국,01\n"
                + "서울 중구 2,22222222,37.5,126.9,다음약국,01\n"
                + "\"서울 중구 3\",33333333,37.5,126.9,세번째약국,01\n");

        assertEquals(List.of(new SellerFileProblem(2, SellerFileProblemReason.BROKEN_QUOTING,
                "\"서울 중구 1,11111111,37.5,126.9,깨진약국,01", true)), file.problems());
        assertEquals(List.of("22222222", "33333333"), codes(file));
        assertEquals(List.of(3, 4), file.rows().stream().map(SellerRow::lineNumber).toList());
    }

    @Test
    void aFileTruncatedInsideAQuoteKeepsEverythingBefore() {
        SellerFileContents file = read(HEADER + GOOD + "\"부산 중구 중앙대로 2,1234567890,35.1,12");

        assertEquals(List.of("12345678"), codes(file));
        assertEquals(1, file.problems().size());
        assertEquals(3, file.problems().get(0).lineNumber());
        assertEquals(SellerFileProblemReason.BROKEN_QUOTING, file.problems().get(0).reason());
    }

    @Test
    void aQuoteLeftOpenOverManyLinesGivesUpAfterALimitAndReadsOn() {
        var text = new StringBuilder(HEADER).append("\"서울 중구 1,11111111,37.5,126.9,약국,01\n");
        for (int i = 0; i < 2 * CsvRecordReader.MAX_LINES_PER_RECORD; i++) {
            text.append("서울 중구 ").append(i).append(',').append(20000000 + i).append(",37.5,126.9,약국,01\n");
        }
        SellerFileContents file = read(text.toString());
        assertEquals(2 * CsvRecordReader.MAX_LINES_PER_RECORD, file.rows().size());
        assertEquals(1, file.problems().size());
    }

    @Test
    void aTruncatedRecordAtTheEndWithoutQuotesIsAWrongColumnCount() {
        SellerFileContents file = read(HEADER + GOOD + "부산 중구 중앙대로 2,1234567890,35.1");
        assertEquals(List.of(new SellerFileProblem(3, SellerFileProblemReason.WRONG_COLUMN_COUNT,
                "부산 중구 중앙대로 2,1234567890,35.1", true)), file.problems());
        assertEquals(1, file.rows().size());
    }

    @Test
    void blankLinesAndWindowsLineEndingsAreNoProblem() {
        SellerFileContents file = read(HEADER.replace("\n", "\r\n") + "\r\n" + GOOD.replace("\n", "\r\n")
                + "   \r\n" + "부산 중구 2,1234567890,35.1,129.03,우체국,02\r\n\r\n");
        assertEquals(List.of(), file.problems());
        assertEquals(List.of(3, 5), file.rows().stream().map(SellerRow::lineNumber).toList());
    }

    @Test
    void anEmptyFileHasNoHeader() {
        SellerFileContents file = read("");
        assertEquals(List.of(), file.rows());
        assertEquals(List.of(new SellerFileProblem(1, SellerFileProblemReason.MISSING_HEADER_COLUMN, "", true)),
                file.problems());
    }

    @Test
    void aHeaderAloneIsAnEmptyListWithoutProblems() {
        SellerFileContents file = read(HEADER);
        assertEquals(List.of(), file.rows());
        assertEquals(List.of(), file.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            addr,latitude,longitude,name,type
            addr,code,latitude,name,type
            주소,코드,위도,경도,이름,구분
            """)
    void aHeaderWithoutTheNeededColumnsReadsNothing(String header) {
        SellerFileContents file = read(header + "\n" + GOOD);
        assertEquals(List.of(), file.rows());
        assertEquals(List.of(new SellerFileProblem(1, SellerFileProblemReason.MISSING_HEADER_COLUMN, header, true)),
                file.problems());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            서울 중구 1,12345678,37.5,126.9,약국,01                | -                         | -
            서울 중구 1,123456789,37.5,126.9,약국,02               | -                         | -
            서울 중구 1,1234567890,37.5,126.9,약국,03              | -                         | -
            서울 중구 1, 12345678 ,37.5,126.9,약국,01              | -                         | -
            서울 중구 1,,37.5,126.9,약국,01                        | MISSING_CODE              | true
            서울 중구 1,   ,37.5,126.9,약국,01                     | MISSING_CODE              | true
            서울 중구 1,1234567,37.5,126.9,약국,01                 | BAD_CODE                  | true
            서울 중구 1,12345678901,37.5,126.9,약국,01             | BAD_CODE                  | true
            서울 중구 1,1234567a,37.5,126.9,약국,01                | BAD_CODE                  | true
            서울 중구 1,1234-5678,37.5,126.9,약국,01               | BAD_CODE                  | true
            서울 중구 1,12345678,37.5,126.9,,01                    | MISSING_NAME              | true
            서울 중구 1,12345678,37.5,126.9,  ,01                  | MISSING_NAME              | true
            서울 중구 1,12345678,37.5,126.9,약국,1                 | -                         | -
            서울 중구 1,12345678,37.5,126.9,약국, 2                | -                         | -
            서울 중구 1,12345678,37.5,126.9,약국,                  | MISSING_TYPE              | true
            서울 중구 1,12345678,37.5,126.9,약국,04                | BAD_TYPE                  | true
            서울 중구 1,12345678,37.5,126.9,약국,pharmacy          | BAD_TYPE                  | true
            서울 중구 1,12345678,37.5,126.9,약국,001               | BAD_TYPE                  | true
            ,12345678,37.5,126.9,약국,01                           | MISSING_ADDRESS           | true
            " , ,",12345678,37.5,126.9,약국,01                     | MISSING_ADDRESS           | true
            서울 중구 1,12345678,,,약국,01                         | -                         | -
            서울 중구 1,12345678,abc,126.9,약국,01                 | BAD_COORDINATES           | false
            서울 중구 1,12345678,37.5,,약국,01                     | BAD_COORDINATES           | false
            서울 중구 1,12345678,NaN,126.9,약국,01                 | BAD_COORDINATES           | false
            서울 중구 1,12345678,3.75e1,126.9,약국,01              | BAD_COORDINATES           | false
            서울 중구 1,12345678,0,0,약국,01                       | COORDINATES_OUTSIDE_KOREA | false
            서울 중구 1,12345678,126.9,37.5,약국,01                | COORDINATES_OUTSIDE_KOREA | false
            서울 중구 1,12345678,40.1,126.9,약국,01                | COORDINATES_OUTSIDE_KOREA | false
            서울 중구 1,12345678,37.5,132.5,약국,01                | COORDINATES_OUTSIDE_KOREA | false
            서울 중구 1,12345678,37.5,126.9,약국                   | WRONG_COLUMN_COUNT        | true
            서울 중구 1,12345678,37.5,126.9,약국,01,               | WRONG_COLUMN_COUNT        | true
            서울, 중구 1,12345678,37.5,126.9,약국,01               | WRONG_COLUMN_COUNT        | true
            """)
    void checksEveryField(String line, SellerFileProblemReason reason, Boolean skipped) {
        SellerFileContents file = read(HEADER + line + "\n");

        if (reason == null) {
            assertEquals(List.of(), file.problems());
            assertEquals(1, file.rows().size());
            return;
        }
        assertEquals(List.of(new SellerFileProblem(2, reason, line, skipped)), file.problems());
        assertEquals(skipped ? 0 : 1, file.rows().size());
        if (!skipped) {
            assertNull(file.rows().get(0).location(), "a faulty position is left out, the seller kept");
        }
    }

    @Test
    void namesAndAddressesHaveTheWidthOfTheirColumns() {
        String name100 = "가".repeat(100);
        String address300 = "서울 중구 " + "가".repeat(294);
        SellerFileContents file = read(HEADER
                + "서울 중구 1,11111111,,," + name100 + ",01\n"
                + "서울 중구 1,22222222,,," + name100 + "가,01\n"
                + address300 + ",33333333,,,약국,01\n"
                + address300 + "가,44444444,,,약국,01\n");
        assertEquals(List.of("11111111", "33333333"), codes(file));
        assertEquals(List.of(SellerFileProblemReason.NAME_TOO_LONG, SellerFileProblemReason.ADDRESS_TOO_LONG),
                file.problems().stream().map(SellerFileProblem::reason).toList());
    }

    @Test
    void addressesAreCleaned() {
        SellerFileContents file = read(HEADER
                + "\"  경남   진주시\u00A0진주대로  1 , , \",11111111,,,\" 약국  하나 \",01\n");
        SellerRow row = file.rows().get(0);
        assertEquals("경남 진주시 진주대로 1", row.address());
        assertEquals("약국 하나", row.name());
    }

    @Test
    void aRepeatedCodeKeepsTheFirstSeller() {
        SellerFileContents file = read(HEADER + GOOD
                + "부산 중구 2,12345678,35.1,129.03,다른약국,01\n");
        assertEquals(List.of("시청약국"), file.rows().stream().map(SellerRow::name).toList());
        assertEquals(List.of(new SellerFileProblem(3, SellerFileProblemReason.DUPLICATE_CODE,
                "부산 중구 2,12345678,35.1,129.03,다른약국,01", true)), file.problems());
    }

    @Test
    void aCodeWhoseFirstRecordWasSkippedIsTakenFromTheNextOne() {
        SellerFileContents file = read(HEADER
                + "서울 중구 1,12345678,37.5,126.9,,01\n"
                + "서울 중구 1,12345678,37.5,126.9,약국,01\n");
        assertEquals(List.of("12345678"), codes(file));
        assertEquals(SellerFileProblemReason.MISSING_NAME, file.problems().get(0).reason());
    }

    @Test
    void aRowWithBadCoordinatesIsStillCheckedForDuplicates() {
        SellerFileContents file = read(HEADER + GOOD + "서울 중구 1,12345678,x,y,약국,01\n");
        assertEquals(1, file.rows().size());
        assertEquals(SellerFileProblemReason.DUPLICATE_CODE, file.problems().get(0).reason());
    }

    @Test
    void theRawTextOfAProblemIsCutToTheColumnWidth() {
        String longLine = "가".repeat(2000) + ",1";
        SellerFileContents file = read(HEADER + longLine + "\n");
        SellerFileProblem problem = file.problems().get(0);
        assertEquals(SellerFileProblemReason.WRONG_COLUMN_COUNT, problem.reason());
        assertEquals(SellerFileProblem.MAX_RAW_TEXT, problem.rawText().length());
    }

    @Test
    void bytesThatAreNotUtf8DoNotStopTheReading() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "서울 중구 ").getBytes(UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.writeBytes((",11111111,,,약국,01\n" + GOOD).getBytes(UTF_8));
        SellerFileContents file = new SellerFileReader().read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of("11111111", "12345678"), codes(file));
        assertTrue(file.rows().get(0).address().startsWith("서울 중구 "));
    }

    @ParameterizedTest
    @EnumSource(SellerFieldProblem.class)
    void everyFieldProblemHasTheFilesReasonOfTheSameName(SellerFieldProblem problem) {
        assertEquals(problem.name(), SellerFileReader.reason(problem).name());
    }

    private static SellerFileContents read(String text) {
        return new SellerFileReader().read(new ByteArrayInputStream(text.getBytes(UTF_8)));
    }

    private static List<String> codes(SellerFileContents file) {
        return file.rows().stream().map(SellerRow::code).toList();
    }
}
