package kr.maskportal.rotation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy as the real migrations store it, read back as the portal reads it at start-up. */
class RealRotationPolicyTest {

    private static final String H2_URL = "jdbc:h2:mem:realRotationPolicy;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    private static RotationPolicy policy;

    @BeforeAll
    static void migrateAndRead() throws Exception {
        Flyway.configure().dataSource(H2_URL, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection connection = DriverManager.getConnection(H2_URL, "sa", "")) {
            policy = new RotationPolicyReader().read(connection);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kr.maskportal.rotation.control.RotationCases#year2020")
    void whatAppliesOnTheDay(RotationCases.Case day) {
        day.check(policy);
    }

    @Test
    void theStoredPolicyIsTheOneWrittenInCode() {
        RotationPolicy inCode = Policy2020.policy();
        assertEquals(inCode.schedules(), policy.schedules());
        assertEquals(inCode.limits(), policy.limits());
        assertEquals(List.of(LocalDate.of(2020, 3, 9), LocalDate.of(2020, 6, 1)),
                policy.schedules().stream().map(RotationSchedule::effectiveFrom).toList());
    }

    /** The server may run in UTC: at 00:30 in Seoul on Wednesday 11 March it is still Tuesday there. */
    @Test
    void todayIsTheKoreanDateWhateverTheClocksZone() {
        Clock utc = Clock.fixed(Instant.parse("2020-03-10T15:30:00Z"), ZoneOffset.UTC);
        var rotation = new PurchaseRotation(utc, policy);
        assertEquals(LocalDate.of(2020, 3, 11), rotation.today());
        assertEquals(List.of(3, 8), rotation.on(rotation.today()).birthYearDigits());

        Clock beforeMidnight = Clock.fixed(Instant.parse("2020-03-10T14:59:59Z"), ZoneOffset.UTC);
        var tuesday = new PurchaseRotation(beforeMidnight, policy);
        assertEquals(List.of(2, 7), tuesday.on(tuesday.today()).birthYearDigits());
    }

    @Test
    void masksPerPersonTodayFollowsThePolicy() {
        Clock sundayNight = Clock.fixed(Instant.parse("2020-04-26T14:59:00Z"), ZoneOffset.UTC);
        Clock mondayMorning = Clock.fixed(Instant.parse("2020-04-26T15:00:00Z"), ZoneOffset.UTC);
        assertEquals(OptionalInt.of(2), new PurchaseRotation(sundayNight, policy).masksPerPersonToday());
        assertEquals(OptionalInt.of(3), new PurchaseRotation(mondayMorning, policy).masksPerPersonToday());
        Clock in2026 = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);
        assertEquals(OptionalInt.empty(), new PurchaseRotation(in2026, policy).masksPerPersonToday());
    }
}
