"""Annual vacation (ээлжийн амралт): entitlements under the Labour Law, art. 99 (issue 7)."""
