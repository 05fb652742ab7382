#ifndef STANCEGRAPH_CGRAPHVIZ_SHIM_H
#define STANCEGRAPH_CGRAPHVIZ_SHIM_H

// The system's Graphviz headers (Debian: libgraphviz-dev), never copied into the repository.
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <graphviz/graphviz_version.h>
#include <string.h>

// What Swift cannot use directly: mutable C globals (rejected under Swift 6 concurrency
// checking), and the length type of gvRenderData, which changed from `unsigned int *`
// (Graphviz 2.x) to `size_t *` (Graphviz 3 and later).

// Graphviz's restricted mode, which `dot` turns on from SERVER_NAME and GV_FILE_PATH when it
// reads its arguments (lib/common/args.c): with HTTPServerEnVar set and Gvfilepath unset, no
// file an attribute names (image, shapefile, imagepath) is read (lib/common/utils.c, safefile).
// libgvc exports the globals but no installed header declares them.
extern char *HTTPServerEnVar;
extern char *Gvfilepath;
extern char *Gvimagepath;

static inline void sg_refuse_file_access(const char *reason) {
    HTTPServerEnVar = (char *)reason;
    Gvfilepath = NULL;
    Gvimagepath = NULL;
}

static inline Agdesc_t sg_desc(int directed, int strict) {
    if (directed) return strict ? Agstrictdirected : Agdirected;
    return strict ? Agstrictundirected : Agundirected;
}

static inline int sg_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                 char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    size_t n = 0;
#else
    unsigned int n = 0;
#endif
    int rc = gvRenderData(gvc, g, format, result, &n);
    *length = (size_t)n;
    return rc;
}

/// cgraph's default id discipline makes a named object's id the address of its name string,
/// and keeps subgraphs ordered by id: cluster order, and so layout, then depends on where the
/// heap put each name. Here a subgraph's name goes to cgraph's internal name map instead
/// (returning 0 asks for that), which gives it the next id in creation order. The root graph,
/// nodes and edges keep the default: they are kept in creation order anyway. The neato family
/// of layouts (neato, fdp, sfdp, twopi) loses node names with any discipline but the default,
/// so this one is used only with dot, circo, osage and patchwork.
static inline long sg_sequential_idmap(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    // The state is the root graph (AgIdDisc's open returns it); while the root itself is being
    // named its id is still 0, and the root keeps the default naming, which layouts rely on.
    Agraph_t *root = (Agraph_t *)state;
    if (objtype == AGRAPH && str && AGID(root) != 0) return 0;
    return AgIdDisc.map(state, objtype, str, id, createflag);
}

static inline Agiddisc_t *sg_sequential_id_disc(void) {
    static Agiddisc_t disc;
    disc = AgIdDisc;
    disc.map = sg_sequential_idmap;
    return &disc;
}

/// The discipline for graphs built through the API: default memory and I/O, sequential ids.
static inline Agdisc_t *sg_build_disc(void) {
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = sg_sequential_id_disc();
    disc.io = &AgIoDisc;
    return &disc;
}

/// DOT text held in memory, read by cgraph's lexer in chunks (it counts lines itself).
typedef struct {
    const char *bytes;
    size_t length;
    size_t offset;
} sg_dot_source;

static inline int sg_dot_source_read(void *chan, char *buf, int bufsize) {
    sg_dot_source *s = (sg_dot_source *)chan;
    if (bufsize <= 0 || s->offset >= s->length) return 0;
    size_t n = s->length - s->offset;
    if (n > (size_t)bufsize) n = (size_t)bufsize;
    memcpy(buf, s->bytes + s->offset, n);
    s->offset += n;
    return (int)n;
}

/// A discipline that reads `sg_dot_source` channels; one per process, used under the lock.
static inline Agdisc_t *sg_dot_source_disc(void) {
    static Agiodisc_t io;
    static Agdisc_t disc;
    io = AgIoDisc;
    io.afread = sg_dot_source_read;
    disc.mem = &AgMemDisc;
    disc.id = &AgIdDisc;
    disc.io = &io;
    return &disc;
}

#endif
