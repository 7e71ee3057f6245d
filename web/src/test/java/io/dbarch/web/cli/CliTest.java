package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void should_print_usage_to_stderr_and_exit_2_when_no_command_is_given() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: dbarch COMMAND");
    }

    @Test
    void should_print_usage_to_stdout_and_exit_0_when_help_is_asked() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("serve").contains("inspect");
    }

    @Test
    void should_exit_2_with_one_line_when_the_command_is_unknown() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dbarch: unknown command 'frobnicate'; commands: "
                + String.join(", ", Usage.COMMANDS) + " (see 'dbarch --help')\n");
        assertThat(Usage.COMMANDS).contains("serve", "inspect", "lint", "erd");
    }

    @Test
    void should_print_serve_help_and_exit_0_when_help_is_asked() {
        CliRun run = CliRun.of("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: dbarch serve").contains("DBARCH_PORT");
    }

    @Test
    void should_exit_2_when_the_port_is_not_a_number() {
        CliRun run = CliRun.of(Map.of("DBARCH_PORT", "70x"), "serve");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dbarch serve: DBARCH_PORT='70x' is not a port number (0-65535)\n");
    }

    @Test
    void should_exit_2_when_the_port_is_out_of_range() {
        CliRun run = CliRun.of(Map.of("DBARCH_PORT", "70000"), "serve");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
    }

    @Test
    void should_exit_2_naming_supported_values_when_the_model_provider_is_unknown() {
        CliRun run = CliRun.of(Map.of("DBARCH_MODEL_PROVIDER", "gemini"), "serve");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dbarch serve: DBARCH_MODEL_PROVIDER='gemini' is not supported; "
                + "supported values: offline, openai, anthropic\n");
    }

    @Test
    void should_exit_2_without_echoing_the_token_when_api_tokens_are_malformed() {
        CliRun run = CliRun.of(Map.of("DBARCH_API_TOKENS", "0123456789abcdef0123:admin,shorttoken:viewer"), "serve");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("dbarch serve: DBARCH_API_TOKENS entry 2 has a token shorter than 16")
                .doesNotContain("shorttoken").doesNotContain("0123456789abcdef");
    }

    @Test
    void should_exit_2_naming_the_role_when_an_api_token_role_is_unknown() {
        CliRun run = CliRun.of(Map.of("DBARCH_API_TOKENS", "0123456789abcdef0123:root"), "serve");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("entry 1 has an unknown role; roles are viewer, architect and admin");
    }

    @Test
    void should_exit_2_when_serve_gets_arguments() {
        CliRun run = CliRun.of("serve", "--port", "8080");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("dbarch serve: serve takes no arguments");
    }

    @Test
    void should_replace_control_characters_when_making_one_line() {
        assertThat(Cli.oneLine("a\nb\u0007c")).isEqualTo("a b?c");
    }
}
