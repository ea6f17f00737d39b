import { serverStore } from '@/lib/feedback/db.server'
import { canWrite } from '@/lib/feedback/store'

/**
 * `GET /api/ready`: readiness for a load balancer or an orchestrator. 200 when this instance can take
 * traveller reports (the store opens and a write goes through, rolled back), 503 when it cannot; pages
 * are served either way (liveness is any page, e.g. `GET /zh`). docs/deploy.md.
 */
export const dynamic = 'force-dynamic'

export async function GET() {
  const headers = { 'Cache-Control': 'no-store' }
  try {
    const { db, kind } = await serverStore()
    await canWrite(db)
    return Response.json({ ready: true, store: kind }, { headers })
  } catch (error) {
    console.warn(`readiness: the feedback store cannot write: ${error instanceof Error ? error.message : error}`)
    return Response.json({ ready: false, store: 'unavailable' }, { status: 503, headers })
  }
}
