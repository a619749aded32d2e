"""Settings from the environment and `.env` (pydantic-settings). Read only when asked."""
from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError
from .paths import DEFAULT_CORPUS_DIR, DEFAULT_INDEX_DIR, PROJECT_ROOT


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    """Every setting has a default except the Slack tokens, which only `qabot slack` needs."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    corpus_dir: Path = Field(DEFAULT_CORPUS_DIR, validation_alias=_env("QABOT_CORPUS_DIR", "corpus_dir"))
    index_dir: Path = Field(DEFAULT_INDEX_DIR, validation_alias=_env("QABOT_INDEX_DIR", "index_dir"))
    db_path: Path = Field(PROJECT_ROOT / "var" / "qabot.sqlite3", validation_alias=_env("QABOT_DB_PATH", "db_path"))
    database_url: str | None = Field(None, validation_alias=_env("QABOT_DATABASE_URL", "database_url"))
    log_level: str = Field("INFO", validation_alias=_env("QABOT_LOG_LEVEL", "log_level"))
    claim_ttl: float = Field(30.0, gt=0, validation_alias=_env("QABOT_CLAIM_TTL", "claim_ttl"))

    slack_bot_token: SecretStr | None = Field(None, validation_alias=_env("SLACK_BOT_TOKEN", "slack_bot_token"))
    slack_app_token: SecretStr | None = Field(None, validation_alias=_env("SLACK_APP_TOKEN", "slack_app_token"))
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=_env("SLACK_SIGNING_SECRET", "slack_signing_secret"))
    slack_api_url: str = Field("https://slack.com/api/", validation_alias=_env("SLACK_API_URL", "slack_api_url"))

    def has_slack_tokens(self) -> bool:
        return bool(self.slack_bot_token and self.slack_bot_token.get_secret_value())


def load_settings(**overrides: object) -> Settings:
    """Settings from env/.env with explicit overrides; a bad value is a ConfigError naming it."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "setting"
        raise ConfigError(f"setting {name}: {first['msg']} — fix it in the environment or .env") from None
