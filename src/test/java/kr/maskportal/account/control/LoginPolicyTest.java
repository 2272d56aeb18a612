package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import kr.maskportal.account.control.LoginPolicy.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"kim", "demo-pharmacist1", "kim.lee", "kim_2020", "123", "  Kim.Lee ", "ADMIN"})
    void lettersDigitsAndAFewMarksAreAcceptedAsStored(String login) {
        assertEquals(Optional.empty(), LoginPolicy.problem(login), login);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void nothingIsMissing(String login) {
        assertEquals(Optional.of(Problem.MISSING), LoginPolicy.problem(login));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "김약사|BAD_CHARACTERS",
            "kim lee|BAD_CHARACTERS",
            "-kim|BAD_CHARACTERS",
            ".kim|BAD_CHARACTERS",
            "kim@pharmacy|BAD_CHARACTERS",
            "kim'--|BAD_CHARACTERS",
            "ki|TOO_SHORT",
            "k|TOO_SHORT"})
    void othersAreRefusedWithTheirReason(String login, Problem problem) {
        assertEquals(Optional.of(problem), LoginPolicy.problem(login), login);
    }

    @ParameterizedTest
    @ValueSource(ints = {LoginPolicy.MAX_LENGTH, LoginPolicy.MAX_LENGTH + 1})
    void sixtyFourCharactersFitTheColumn(int length) {
        assertEquals(length > LoginPolicy.MAX_LENGTH ? Optional.of(Problem.TOO_LONG) : Optional.empty(),
                LoginPolicy.problem("a".repeat(length)));
    }
}
