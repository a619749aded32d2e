"""The Web API client and the token checks (bot/slack_client.py)."""
from __future__ import annotations

import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.errors import ConfigError
from bot.slack_client import make_client, require_secret


def test_missing_secret_names_the_variable():
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN is not set"):
        require_secret(None, "SLACK_BOT_TOKEN", "xoxb-")


def test_malformed_secret_says_the_fix_and_never_echoes_the_value():
    with pytest.raises(ConfigError) as err:
        require_secret(SecretStr("xoxp-not-a-bot-token-123"), "SLACK_BOT_TOKEN", "xoxb-")
    assert "must start with xoxb-" in str(err.value)
    assert "xoxp-not-a-bot-token-123" not in str(err.value)


def test_secret_with_whitespace_is_rejected():
    with pytest.raises(ConfigError, match="no spaces"):
        require_secret(SecretStr("xoxb-1234 5678-abcd"), "SLACK_BOT_TOKEN", "xoxb-")


def test_valid_secret_is_returned():
    assert require_secret(SecretStr("xoxb-1234-5678-abcd"), "SLACK_BOT_TOKEN", "xoxb-") == "xoxb-1234-5678-abcd"


def test_client_talks_to_the_configured_api_url_and_retries():
    settings = Settings(slack_api_url="http://127.0.0.1:9/api", slack_bot_token=SecretStr("xoxb-1234-5678-abcd"))
    client = make_client(settings)
    assert client.base_url == "http://127.0.0.1:9/api/"
    assert client.token == "xoxb-1234-5678-abcd"
    kinds = {type(h).__name__ for h in client.retry_handlers}
    assert {"ConnectionErrorRetryHandler", "RateLimitErrorRetryHandler", "ServerErrorRetryHandler"} <= kinds
