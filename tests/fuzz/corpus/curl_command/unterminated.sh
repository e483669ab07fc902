curl -H 'X-Vendo-User-JWT: eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InNhbmRib3gtMSJ9.eyJzdWIiOiJhMTFjZTA
