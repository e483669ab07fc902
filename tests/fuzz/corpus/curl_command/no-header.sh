curl https://vendo.run/api/v1/balance
