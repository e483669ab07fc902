curl 'https://credentials.vendo.run/openai' \
  -H 'accept: application/json' \
  -H "X-Vendo-User-JWT: eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InNhbmRib3gtMSJ9.eyJzdWIiOiJhMTFjZTAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDEiLCJlbWFpbCI6ImFsaWNlQGFjbWUuZXhhbXBsZSIsImlzcyI6Imh0dHA6Ly8xMjcuMC4wLjE6ODA4MC9hdXRoL3YxIiwiYXVkIjoiYXV0aGVudGljYXRlZCIsInJvbGUiOiJhdXRoZW50aWNhdGVkIiwiZXhwIjoxNzY3MjI5MjAwLCJpYXQiOjE3NjcyMjU2MDAsImFwcF9tZXRhZGF0YSI6eyJ0ZW5hbnRfaWQiOiJ0bl9hY21lIn0sInVzZXJfbWV0YWRhdGEiOnt9LCJzZXNzaW9uX2lkIjoiczEiLCJhYWwiOiJhYWwxIn0.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-Pw" \
  --header $'authorization: Bearer vendo_sk_\x61bc' \
  -A 'Mozilla/5.0' -b 'sid=1' --compressed && curl -X POST -d '{}' https://vendo.run/x
