/*
 * SHA-256 (hv/core/sha256.c) host unit test
 *
 * Built by tests/unit/Makefile with hv/core/sha256.c; run by
 * tests/unit/hv_sha256.t.  FIPS 180-4's examples ("abc", the two-block
 * message, a million 'a'), the empty string, and every length from 0 to
 * 200 against the host's sha256sum, which covers each way the padding
 * falls (55, 56, 63, 64 bytes...).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hv/core/sha256.h"
#include "tap.h"

static void known(const char *msg, unsigned long len, const char *want)
{
	char got[65];

	sha256_hex(msg, len, got);
	is_str(got, want, "sha256 of %lu bytes \"%.8s...\"", len, msg);
}

/* The host's own sha256sum, for the same bytes. */
static void against_sha256sum(unsigned int len)
{
	char path[] = "/tmp/hv_sha256_XXXXXX", cmd[96], want[65] = "", got[65];
	unsigned char *buf = host_malloc(len ? len : 1);
	unsigned int i;
	FILE *f, *p;
	int fd;

	for (i = 0; i < len; i++)
		buf[i] = (unsigned char)(i * 7 + len);
	fd = mkstemp(path);
	f = fdopen(fd, "wb");
	fwrite(buf, 1, len, f);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "sha256sum %s", path);
	p = popen(cmd, "r");
	if (!p || fscanf(p, "%64s", want) != 1)
		want[0] = 0;
	if (p)
		pclose(p);
	remove(path);
	sha256_hex(buf, len, got);
	if (strcmp(got, want))
		is_str(got, want, "%u bytes: as sha256sum", len);
	host_free(buf);
}

int main(void)
{
	char *million = malloc(1000000);
	unsigned int len;

	known("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	known("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	known("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
	      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	memset(million, 'a', 1000000);
	known(million, 1000000,
	      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(million);
	for (len = 0; len <= 200; len++)
		against_sha256sum(len);
	ok(1, "lengths 0 to 200 as sha256sum (failures listed above)");
	return done_testing();
}
