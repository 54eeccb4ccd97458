package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveCharactersOfAnyKindAreEnough() {
        assertThatCode(() -> policy.check("tangerine 42")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("àèìòù àèìòù!")).doesNotThrowAnyException();
    }

    @Test
    void shorterIsRefusedCountingCharactersNotBytes() {
        assertThatThrownBy(() -> policy.check("eleven char"))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "password.tooShort");
        assertThatThrownBy(() -> policy.check("ééééééééééé"))
                .hasFieldOrPropertyWithValue("messageKey", "password.tooShort");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThatThrownBy(() -> policy.check("qwertyuiopas"))
                .hasFieldOrPropertyWithValue("messageKey", "password.common");
        assertThatThrownBy(() -> policy.check("PASSWORD1234"))
                .hasFieldOrPropertyWithValue("messageKey", "password.common");
    }

    @Test
    void longerThanBcryptReadsIsRefused() {
        assertThatThrownBy(() -> policy.check("é".repeat(37)))
                .hasFieldOrPropertyWithValue("messageKey", "password.tooLong");
        assertThatCode(() -> policy.check("x".repeat(72))).doesNotThrowAnyException();
    }
}
