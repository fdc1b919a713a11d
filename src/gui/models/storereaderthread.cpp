#include "storereaderthread.h"

namespace couplet {

StoreReaderThread::StoreReaderThread(StoreConfig config, QString secret)
    : m_reader(new StoreReader(std::move(config), std::move(secret)))
{
    m_thread.setObjectName(QStringLiteral("couplet-store-reader"));
    m_reader->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
}

StoreReaderThread::~StoreReaderThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace couplet
