// The channel of a transaction, so cash withdrawals and deposits are found without reading every
// transfer (cash-for-gold starts from the accounts that withdraw cash).
CREATE RANGE INDEX transaction_channel IF NOT EXISTS FOR (t:Transaction) ON (t.channel);
