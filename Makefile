# pv386: top-level Makefile
#
# Copies the kernel tree (tree/, or KSRC=dir) to build/src, applies the
# quilt series in patches/ there, and builds the kernel out of tree in
# build/obj/.  Then boots it (run, gdb) and tests it (check).  See
# `make help`.
# SPDX-License-Identifier: GPL-2.0

KSRC ?= tree
B := build
include Makefile.conf

ifeq ($(V),1)
Q :=
else
Q := @
MAKEFLAGS += --no-print-directory
endif
export V

APPEND ?=
KMAKE = $(MAKE) -C $(B)/src V=$(V)

all: $(B)/vmlinux $(B)/vmlinux-nopv $(B)/vmlinux-debug $(B)/lhype \
	$(B)/vmihost $(B)/vmi.rom

help:
	@echo 'pv386 targets:'
	@echo '  all (default)  build/vmlinux: the one kernel image (Multiboot ELF,'
	@echo '                 CONFIG_PARAVIRT=y), build/vmlinux-debug (the same'
	@echo '                 with CONFIG_DEBUG_PARAVIRT), build/vmlinux-nopv,'
	@echo '                 build/lhype, build/vmihost and build/vmi.rom (the'
	@echo '                 VMI option ROM)'
	@echo '  run            boot it in QEMU, console on this terminal'
	@echo '                 (APPEND="ktest" to run the self-tests;'
	@echo '                  Ctrl-A x leaves QEMU; HV=lhype or HV=vmi under'
	@echo '                  a hypervisor)'
	@echo '  gdb            boot halted with a gdb stub; prints how to attach'
	@echo '                 (HV=lhype, HV=vmi: host and guest symbols both)'
	@echo '  iso            build/pv386.iso: a GRUB rescue ISO of the image,'
	@echo '                 natively (default), under lhype or vmihost'
	@echo '  check          every test: host unit tests and boot tests (prove)'
	@echo '  unit           the host unit tests only'
	@echo '  fuzz           fuzz the hypervisor parsers on the host (tests/fuzz),'
	@echo '                 10^6 inputs per target (FUZZ_N=)'
	@echo '  audit          privileged instructions (cpuid too) outside the'
	@echo '                 backends, patch-site operands off ESP, and the'
	@echo '                 esp0/TLS/PTE/cpuid hooks still patch sites'
	@echo '  export         build/export/: the layer and hooks as one series'
	@echo '  bench          micro-benchmarks per configuration (build/bench/)'
	@echo '  series-check   every prefix of the series builds and boots'
	@echo '  mutate         make check must fail on each mutation of'
	@echo '                 tests/mutations/list (slow; M=name,... for some)'
	@echo '  deps           install the Debian packages the build needs'
	@echo '  clean          remove build/'
	@echo 'Variables: KSRC=dir (kernel tree, default tree/), V=1 (verbose),'
	@echo '  APPEND="..." (kernel command line for run and gdb), HV=lhype|vmi'
	@echo '  (run, gdb under the hypervisor), HVOPTS="mem=64M" (its options)'

# --- the prepared source tree ---------------------------------------------------
# The paravirt layer: new files only, copied over the patched tree.
LAYER := include arch backends
src-files := $(shell find $(KSRC) patches $(LAYER) -type f 2>/dev/null)
$(B)/src.stamp: $(src-files) scripts/prepare-tree.sh
	@echo '  PREPARE $(KSRC) + patches/series + the paravirt layer'
	$(Q)sh scripts/prepare-tree.sh $(KSRC) patches $(B)/src $(LAYER)
	$(Q)touch $@

# --- images -----------------------------------------------------------------------
# vmlinux: the one production image, which boots natively and under the
# hypervisors, and which every boot test and make bench run.
# vmlinux-debug: the same with CONFIG_DEBUG_PARAVIRT, which poisons at
# every patched site the registers it may clobber; booted by make check.
# vmlinux-nopv: the same tree without CONFIG_PARAVIRT, for comparison.
CONFIG_pv := CONFIG_PARAVIRT=y CONFIG_DEBUG_PARAVIRT=n
CONFIG_debug := CONFIG_PARAVIRT=y CONFIG_DEBUG_PARAVIRT=y
CONFIG_nopv := CONFIG_PARAVIRT=n

# $(call image,name,config): build/obj/<name>/vmlinux, copied to build/.
define image
	$(Q)$(KMAKE) O=$(CURDIR)/$(B)/obj/$(2) CONFIG_OVERRIDES="$(CONFIG_$(2))"
	$(Q)cmp -s $(B)/obj/$(2)/vmlinux $(1) || cp $(B)/obj/$(2)/vmlinux $(1)
endef

$(B)/vmlinux: $(B)/src.stamp FORCE
	$(call image,$@,pv)

$(B)/vmlinux-debug: $(B)/src.stamp FORCE
	$(call image,$@,debug)

$(B)/vmlinux-nopv: $(B)/src.stamp FORCE
	$(call image,$@,nopv)

# --- the hypervisors ---------------------------------------------------------------
# build/lhype: the lhype host (hv/core + hv/lhype), a Multiboot ELF that
# runs build/vmlinux in ring 1 (Documentation/paravirt/lhype.txt);
# build/vmihost: the VMI host (hv/core + hv/vmi, with build/vmi.rom),
# Documentation/paravirt/vmi-host.txt.  One make of hv/ builds both.
$(B)/lhype: FORCE
	$(Q)$(MAKE) -C hv B=$(CURDIR)/$(B) V=$(V)

$(B)/vmihost: $(B)/lhype
	@:

# build/vmi.rom: the VMI option ROM (hv/vmi/rom/), for -option-rom on bare
# QEMU and inside the VMI host (Documentation/paravirt/vmi.txt).
$(B)/vmi.rom: FORCE
	$(Q)$(MAKE) -C hv/vmi/rom B=$(CURDIR)/$(B) V=$(V)

# build/hostile.elf: the guest that attacks lhype (tests/hostile/).
$(B)/hostile.elf: FORCE
	$(Q)$(MAKE) -C tests/hostile B=$(CURDIR)/$(B)

# Rebuilt every time: APPEND may have changed.
$(B)/pv386.iso: $(B)/vmlinux $(B)/lhype $(B)/vmihost scripts/mkiso.sh FORCE
	$(Q)sh scripts/mkiso.sh $< $@ "$(APPEND)" $(B)/lhype,$(B)/vmihost \
		"$(HVOPTS)" native

iso: $(B)/pv386.iso

# --- booting ----------------------------------------------------------------------
# QEMU's exit code says how the kernel ended: isa-debug-exit turns power-off
# status S into (S << 1) | 1; 0 means QEMU was quit (or a triple fault).
# QEMU also exits 1 when it fails by itself (its -kernel loader refuses
# the file), so an odd code counts as the kernel's only when the console,
# logged to build/logs/run.log, ends in the kernel's "Power down (status
# S)." with the same S.  QEMU would also start the kernel with too little
# RAM under it (-m 1) and hang without a word: Boot::ram_problem() checks.
RUNLOG := $(B)/logs/run.log

# HV=lhype (or vmi) runs the same image as the lhype host's guest (or
# vmihost's, on our VMI ROM), with HVOPTS on the host's command line.
# QEMU's -initrd splits modules at commas: the guest's own commas are
# doubled.
HV ?=
HVOPTS ?= mem=64M
ifeq ($(HV),)
RUN_DEPS := $(B)/vmlinux
RUN_ARGS = -kernel $(B)/vmlinux -append "$(APPEND)"
GDB_SYMS := $(CURDIR)/$(B)/obj/pv/vmlinux
else ifeq ($(HV),lhype)
RUN_DEPS := $(B)/vmlinux $(B)/lhype
RUN_ARGS = -kernel $(B)/lhype -append "$(HVOPTS)" \
	-initrd "$(B)/vmlinux `echo '$(APPEND)' | sed 's/,/,,/g'`"
GDB_SYMS := $(CURDIR)/$(B)/lhype
else ifeq ($(HV),vmi)
RUN_DEPS := $(B)/vmlinux $(B)/vmihost
RUN_ARGS = -kernel $(B)/vmihost -append "$(HVOPTS)" \
	-initrd "$(B)/vmlinux `echo '$(APPEND)' | sed 's/,/,,/g'`"
GDB_SYMS := $(CURDIR)/$(B)/vmihost
else
$(error HV=$(HV): the hypervisors are lhype and vmi (and none: bare hardware))
endif

run: $(RUN_DEPS)
	@perl -Itests/lib -MBoot -e '$$_ = Boot::ram_problem(@ARGV) and \
		die "pv386: $$_\n"' -- $(QEMU_MACHINE) -kernel $(B)/vmlinux
	@mkdir -p $(dir $(RUNLOG)) && rm -f $(RUNLOG)
	@$(QEMU) $(QEMU_MACHINE) -chardev stdio,id=con,mux=on,logfile=$(RUNLOG) \
		-serial chardev:con -mon chardev=con,mode=readline $(RUN_ARGS); st=$$?; \
	off=`sed -n 's/^Power down (status \([0-9]*\))\..*/\1/p' $(RUNLOG) \
		2>/dev/null | tail -n 1`; \
	case $$st:$$off in \
	0:*) echo "pv386: QEMU quit (or the CPU reset)";; \
	1:0) echo "pv386: powered off, status 0 (all well)";; \
	3:1) echo "pv386: powered off, status 1 (a self-test failed)"; exit 1;; \
	5:2) echo "pv386: powered off, status 2 (panic or oops)"; exit 1;; \
	7:*) echo "pv386: the hypervisor killed its guest (why is above)"; exit 1;; \
	9:*) echo "pv386: the hypervisor refused the guest image or an option (above)"; exit 1;; \
	11:*) echo "pv386: the hypervisor itself failed (above)"; exit 1;; \
	[135]:*) echo "pv386: QEMU exited with $$st, but the kernel did not power off with status $$((st >> 1)): QEMU itself failed (its message is above)"; exit 1;; \
	*) echo "pv386: QEMU exited with $$st"; exit $$st;; esac

gdb: $(RUN_DEPS)
	@sed -e 's|@VMLINUX@|$(GDB_SYMS)|' -e 's|@PORT@|$(GDBPORT)|' \
		-e 's|@GUEST@|$(if $(HV),$(CURDIR)/$(B)/obj/pv/vmlinux)|' \
		scripts/gdbinit.tmpl > .gdbinit
	@echo '*** QEMU is halted with a gdb stub on port $(GDBPORT).'
	@echo '*** In another terminal, in $(CURDIR): gdb -x .gdbinit'
	$(QEMU) $(QEMU_MACHINE) -serial mon:stdio $(RUN_ARGS) -S -gdb tcp::$(GDBPORT)

GDBPORT ?= $(shell expr `id -u` % 5000 + 25000)

# --- tests ------------------------------------------------------------------------
# The boot tests (tests/boot/*.t) boot the kernel directly, through the
# zero-page loader of tests/zpload/ and from a GRUB ISO that runs ktest.
$(B)/zpload.elf: $(wildcard tests/zpload/*)
	$(Q)$(MAKE) -C tests/zpload B=$(CURDIR)/$(B)

$(B)/ktest.iso: $(B)/vmlinux scripts/mkiso.sh
	@echo '  MKISO   $@'
	$(Q)sh scripts/mkiso.sh $< $@ ktest

# The tree as it is, without the series: what CONFIG_PARAVIRT=n must match.
$(B)/obj/vanilla/vmlinux: $(shell find $(KSRC) -type f 2>/dev/null)
	@echo '  BUILD   $(KSRC) without the series (build/obj/vanilla)'
	$(Q)$(MAKE) -C $(KSRC) O=$(CURDIR)/$(B)/obj/vanilla V=$(V) \
		CONFIG_OVERRIDES="CONFIG_PARAVIRT=n"

# CHECK_TESTS: the tests prove runs (make mutate runs a quick subset
# first); every one of them by default.
CHECK_TESTS ?= tests/unit/*.t tests/fuzz/*.t tests/build/*.t tests/boot/*.t
check: all $(B)/zpload.elf $(B)/ktest.iso $(B)/obj/vanilla/vmlinux export \
		$(B)/hostile.elf
	$(Q)$(MAKE) -C tests/unit B=$(CURDIR)/$(B)/unit
	$(Q)$(MAKE) -C tests/fuzz B=$(CURDIR)/$(B)/fuzz
	$(Q)prove -j2 -f $(CHECK_TESTS)

# fuzz: the host-side fuzzers of the hypervisors' parsers (tests/fuzz) on
# FUZZ_N inputs per target (10^6; make check runs 10^5), FUZZ_SEED=n.
FUZZ_N ?= 1000000
fuzz:
	$(Q)$(MAKE) -C tests/fuzz B=$(CURDIR)/$(B)/fuzz
	$(Q)FUZZ_N=$(FUZZ_N) prove -v tests/fuzz/fuzz.t

# --- benchmarks -----------------------------------------------------------------------
# make bench: the micro-benchmarks under qemu -icount shift=0, in every
# configuration (scripts/bench.pl), on the very images make check boots:
# build/bench/images.txt names each configuration's files and their sha256.
# lhype runs the very build/vmlinux as build/lhype's guest.
bench: $(B)/vmlinux-nopv $(B)/vmlinux $(B)/lhype $(B)/vmihost
	$(Q)perl scripts/bench.pl $(B)/bench nopv=$(B)/vmlinux-nopv \
		pv=$(B)/vmlinux pv-nopatch=$(B)/vmlinux,nopvpatch \
		lhype=$(B)/lhype+$(B)/vmlinux vmi=$(B)/vmihost+$(B)/vmlinux

# --- the series -------------------------------------------------------------------
# series-check: every prefix of the series builds and boots (slow).
series-check:
	$(Q)sh scripts/check-series.sh $(KSRC) patches $(B)/series-check $(LAYER)

# mutate: each mutation of tests/mutations/list alone, in a copy of the
# repository (build/mutate/src): make check must fail (scripts/mutate.pl).
# Slow, and not part of check.  M=name,... runs only those.
mutate:
	$(Q)perl scripts/mutate.pl tests/mutations/list $(M)

# audit: privileged instructions only in the backends, no patch-site
# operand off ESP, the store hooks still sites (scripts/audit.pl).
audit: $(B)/vmlinux
	$(Q)perl scripts/audit.pl $(B)/obj/pv

# export: the layer and the hooks as one series for a pristine tree.
export: $(B)/export/series
$(B)/export/series: $(shell find patches $(LAYER) -type f) scripts/export-series.sh
	$(Q)sh scripts/export-series.sh patches $(B)/export $(LAYER)

unit:
	$(Q)$(MAKE) -C tests/unit B=$(CURDIR)/$(B)/unit
	$(Q)prove -f tests/unit/*.t

deps:
	sh scripts/install-deps.sh

clean:
	rm -rf $(B) .gdbinit

.PHONY: all help iso run gdb check unit audit export bench series-check \
	mutate deps clean fuzz FORCE
FORCE:
