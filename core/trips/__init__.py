"""Business trips (томилолт), regulation section 9: the record, its rules and the certificate's words."""
