"""Local readiness by shadow evaluation: a sample of allowed requests also goes to a local
model, after the app has its reply; only scores are recorded (audit/records.py: ShadowRecord)."""
