"""The Web API client the app and the server share, and the secrets it needs."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import SecretStr
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (ConnectionErrorRetryHandler, RateLimitErrorRetryHandler,
                                                   ServerErrorRetryHandler)

from .errors import ConfigError

if TYPE_CHECKING:
    from .config import Settings


def require_secret(value: SecretStr | None, name: str, prefix: str = "") -> str:
    """The secret's value, or a one-line ConfigError naming the variable (never the value)."""
    raw = value.get_secret_value() if value else ""
    if not raw:
        raise ConfigError(f"{name} is not set — add it to the environment or .env (see .env.example)")
    if (prefix and not raw.startswith(prefix)) or any(ch.isspace() for ch in raw) or len(raw) < len(prefix) + 8:
        hint = f"it must start with {prefix} and contain no spaces" if prefix else "it must contain no spaces"
        raise ConfigError(f"{name} is malformed: {hint} — copy it again from the Slack app's settings")
    return raw


def make_client(settings: Settings, token: str | None = None) -> WebClient:
    """A WebClient on SLACK_API_URL with retries for 429 (Retry-After), 500/503 and resets."""
    base = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return WebClient(token=token or require_secret(settings.slack_bot_token, "SLACK_BOT_TOKEN", "xoxb-"),
                     base_url=base, timeout=15,
                     retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=2),
                                     RateLimitErrorRetryHandler(max_retry_count=3),
                                     ServerErrorRetryHandler(max_retry_count=2)])
