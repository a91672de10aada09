#!/usr/bin/env bash
# Runs the team set-up on this machine and checks it: a throwaway PostgreSQL 15, two app instances (ports 5281 and
# 5282), nginx in front (https://127.0.0.1:8443, campaign.nginx.conf as is). Signs in through one instance and uses
# the cookie on the other, opens a Blazor WebSocket through nginx, then backs up with pg_dump and restores with
# pg_restore. Everything lives in a temporary folder and is stopped and deleted at the end.
# Needs: the .NET SDK, PostgreSQL 15 server binaries, nginx (apt-get install -y nginx-light), openssl, curl. Run as root
# (PostgreSQL runs as the postgres user) from anywhere: bash samples/deploy/run-two-instances.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
pg_bin=/usr/lib/postgresql/15/bin
for tool in dotnet nginx openssl curl "$pg_bin/initdb"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

for port in 5281 5282 8443 55440; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what uses it first" >&2; exit 1; fi
done

work=$(mktemp -d /tmp/campaign-deploy.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx/logs/nginx.pid" ] && nginx -p "$work/nginx" -c conf/nginx.conf -s stop 2>/dev/null || true
  [ -d "$work/pg" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  # The instances' and nginx's logs outlive the run, for a look afterwards.
  mkdir -p /tmp/campaign-deploy-logs && cp "$work"/app-*.log /tmp/campaign-deploy-logs/ 2>/dev/null || true
  cp "$work"/nginx/logs/*.log /tmp/campaign-deploy-logs/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
pass() { printf 'PASS %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*" >&2; exit 1; }

step "PostgreSQL 15 on 127.0.0.1:55440, database campaign owned by role campaign"
mkdir "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -w -D "$work/pg" -l "$work/pg/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p 55440 -k $work/pg" start >/dev/null
psql() { command psql -h 127.0.0.1 -p 55440 -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
psql -c "CREATE ROLE campaign LOGIN PASSWORD 'demo-only'"
psql -c "CREATE DATABASE campaign OWNER campaign"
connection="Host=127.0.0.1;Port=55440;Database=campaign;Username=campaign;Password=demo-only"

step "Publishing the app"
dotnet publish "$repo/src/Campaign.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__Campaign="$connection"
# The sample campaign gives the instances something to show; a real team sets this to false.
export Campaign__SeedSampleData=true

start_instance() { # port
  (cd "$work/app" && exec dotnet Campaign.Web.dll --urls "http://127.0.0.1:$1") >"$work/app-$1.log" 2>&1 &
  pids+=($!)
  local pid=$!
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || break
    grep -q "Now listening on: http://127.0.0.1:$1" "$work/app-$1.log" && return 0
    sleep 0.5
  done
  cat "$work/app-$1.log" >&2
  fail "instance on port $1 did not start"
}
# Outside Development nothing is seeded at start-up: the sample campaign is asked for once, which also migrates.
step "Sample campaign (seed-sample, run once against the shared database)"
(cd "$work/app" && dotnet Campaign.Web.dll seed-sample) || fail "seed-sample failed"
pass "sample campaign seeded"
# One at a time the first time: the first creates the key ring; the second then finds it. (Two new key rings at once
# would clash.)
step "Instance A on 5281 (creates the key ring), then instance B on 5282"
start_instance 5281
start_instance 5282
pass "both instances answer"
echo "Data Protection keys in the database: $(psql -d campaign -c 'SELECT COUNT(*) FROM "DataProtectionKeys"')"

step "First administrator (create-admin, run once against the shared database)"
otp=$(cd "$work/app" && dotnet Campaign.Web.dll create-admin admin@campaign.example | sed -n 's/^One-time password: //p')
[ -n "$otp" ] || fail "create-admin printed no password"
pass "one-time password issued"

token() { sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' "$1" | head -n 1; }
cookies() { sed -n 's/^set-cookie: \([^;]*\).*/\1/Ip' "$1" | paste -sd ';' -; }

step "Sign in: the form comes from A, the POST goes to B"
curl -s -D "$work/h1" -o "$work/b1" http://127.0.0.1:5281/account/login
curl -s -D "$work/h2" -o /dev/null -H "Cookie: $(cookies "$work/h1")" \
  --data-urlencode "_handler=login" --data-urlencode "Input.Email=admin@campaign.example" \
  --data-urlencode "Input.Password=$otp" --data-urlencode "__RequestVerificationToken=$(token "$work/b1")" \
  http://127.0.0.1:5282/account/login
grep -qi '^set-cookie: campaign.auth=' "$work/h2" || { head -n 1 "$work/h2"; fail "B did not accept A's antiforgery token"; }
auth=$(cookies "$work/h2")
pass "B accepted the antiforgery token A issued and signed in"

step "Change the password: the page from A, the POST to B, with the cookie B issued"
new_password="correct horse battery staple campaign"
curl -s -o "$work/b3" -D "$work/h3" -H "Cookie: $auth" http://127.0.0.1:5281/account/change-password
grep -q '^HTTP/1.1 200' "$work/h3" || { head -n 1 "$work/h3"; fail "A did not accept B's sign-in cookie"; }
status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "Cookie: $auth" http://127.0.0.1:5281/stakeholders)
[ "$status" = "302 http://127.0.0.1:5281/account/change-password" ] || fail "A should send the new user to change the password: $status"
curl -s -D "$work/h4" -o /dev/null -H "Cookie: $auth; $(cookies "$work/h3")" \
  --data-urlencode "_handler=change-password" --data-urlencode "Input.CurrentPassword=$otp" \
  --data-urlencode "Input.NewPassword=$new_password" --data-urlencode "Input.ConfirmPassword=$new_password" \
  --data-urlencode "__RequestVerificationToken=$(token "$work/b3")" http://127.0.0.1:5282/account/change-password
grep -qi '^HTTP/1.1 302' "$work/h4" || { head -n 1 "$work/h4"; fail "password change refused"; }
pass "A read B's cookie; B accepted A's form"

step "nginx on https://127.0.0.1:8443 (campaign.nginx.conf unchanged)"
mkdir -p "$work/nginx/conf" "$work/nginx/logs"
cp "$here/campaign.nginx.conf" "$work/nginx/conf/"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=campaign.local" \
  -keyout "$work/nginx/conf/campaign.key" -out "$work/nginx/conf/campaign.crt" 2>/dev/null
cat >"$work/nginx/conf/nginx.conf" <<NGINX
pid logs/nginx.pid;
error_log logs/error.log;
events {}
http {
    client_body_temp_path $work/nginx/tmp-body;
    proxy_temp_path $work/nginx/tmp-proxy;
    include campaign.nginx.conf;
}
NGINX
nginx -t -p "$work/nginx" -c conf/nginx.conf 2>&1 | tail -n 1
nginx -p "$work/nginx" -c conf/nginx.conf

jar="$work/jar"
curl -sk -c "$jar" -b "$jar" -o "$work/b5" https://127.0.0.1:8443/account/login
curl -sk -c "$jar" -b "$jar" -D "$work/h6" -o /dev/null \
  --data-urlencode "_handler=login" --data-urlencode "Input.Email=admin@campaign.example" \
  --data-urlencode "Input.Password=$new_password" --data-urlencode "__RequestVerificationToken=$(token "$work/b5")" \
  https://127.0.0.1:8443/account/login
grep -qi '^set-cookie: campaign.auth=' "$work/h6" || { head -n 1 "$work/h6"; fail "sign-in through nginx failed"; }
grep -i '^set-cookie: campaign.auth' "$work/h6" | grep -qi 'secure' || fail "the sign-in cookie is not Secure"
status=$(curl -sk -b "$jar" -o "$work/b7" -w '%{http_code}' https://127.0.0.1:8443/stakeholders/1)
[ "$status" = 200 ] && grep -q 'Where they stand' "$work/b7" || fail "profile through nginx: $status"
pass "signed in through nginx with the new password; a profile page renders (Secure cookie over https)"

nginx_auth=$(awk '$6 == "campaign.auth" { print "campaign.auth=" $7 }' "$jar")
for port in 5281 5282; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $nginx_auth" "http://127.0.0.1:$port/stakeholders/1")
  [ "$status" = 200 ] || fail "the cookie from nginx's sign-in on instance $port: $status"
done
pass "the cookie issued through nginx opens the profile on 5281 and on 5282 directly"

negotiate=$(curl -sk -b "$jar" -X POST 'https://127.0.0.1:8443/_blazor/negotiate?negotiateVersion=1')
connection_token=$(printf '%s' "$negotiate" | sed -n 's/.*"connectionToken":"\([^"]*\)".*/\1/p')
[ -n "$connection_token" ] || fail "Blazor negotiate through nginx: $negotiate"
curl -sk -b "$jar" -D "$work/h8" -o /dev/null --max-time 3 --http1.1 \
  -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \
  "https://127.0.0.1:8443/_blazor?id=$connection_token" || true
grep -q '^HTTP/1.1 101' "$work/h8" || { cat "$work/h8"; fail "no WebSocket upgrade through nginx"; }
pass "Blazor's WebSocket upgrades through nginx (101 Switching Protocols)"
echo "nginx access log (client -> instance):"
sed 's/^/  /' "$work/nginx/logs/campaign-access.log"

step "Backup with pg_dump, restore with pg_restore into a new database"
runuser -u postgres -- pg_dump -h 127.0.0.1 -p 55440 -U postgres --format=custom --file="$work/pg/campaign.dump" campaign
psql -c "CREATE DATABASE campaign_restored OWNER campaign"
runuser -u postgres -- pg_restore -h 127.0.0.1 -p 55440 -U postgres --no-owner --role=campaign -d campaign_restored "$work/pg/campaign.dump"
count() { psql -d "$1" -c "SELECT (SELECT COUNT(*) FROM \"Stakeholders\") || ' stakeholders, ' || (SELECT COUNT(*) FROM \"Interactions\") || ' interactions, ' || (SELECT COUNT(*) FROM \"AuditEntries\") || ' audit entries, ' || (SELECT COUNT(*) FROM \"DataProtectionKeys\") || ' keys'"; }
live=$(count campaign); restored=$(count campaign_restored)
echo "live:     $live"; echo "restored: $restored"
[ "$live" = "$restored" ] || fail "the restored database differs"
echo "dump: $(du -h "$work/pg/campaign.dump" | cut -f1)"
pass "pg_dump / pg_restore round trip"

printf '\nAll checks passed.\n'
