#ifndef CLAIMWATCH_CSYSTEMD_SHIM_H
#define CLAIMWATCH_CSYSTEMD_SHIM_H
// libsystemd's journal and service-notification APIs. sd_journal_send is
// variadic and cannot be called from Swift; callers use sd_journal_sendv.
#include <sys/uio.h>
#include <systemd/sd-journal.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-id128.h>
#endif
