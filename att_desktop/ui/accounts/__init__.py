"""Accounts on the shared workstation: sign-in, lock screen, switch user, administration."""

from __future__ import annotations

from att_desktop.ui.accounts.session_manager import SessionLocked, SessionManager, install_sessions

__all__ = ["SessionLocked", "SessionManager", "install_sessions"]
