#pragma once

#include "storereader.h"

#include <QThread>

namespace couplet {

// Owns a StoreReader and the thread it runs in. The destructor stops the thread
// and waits for it; the reader is deleted in its own thread, which closes its store.
class StoreReaderThread final
{
    Q_DISABLE_COPY_MOVE(StoreReaderThread)
public:
    explicit StoreReaderThread(StoreConfig config, QString secret = {});
    ~StoreReaderThread();

    StoreReader *reader() const { return m_reader; }

private:
    QThread m_thread;
    StoreReader *m_reader;
};

} // namespace couplet
