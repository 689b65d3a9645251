/** Where a place is: its address, and WGS-84 coordinates when known. */
interface MapPoint {
  address: string
  lat: number | null
  lng: number | null
}

const SOURCE = 'xinghualing-publicity'

/**
 * "到这里去": a map-app link that needs no API key. On a phone the Amap (高德) URI opens the
 * app when installed (callnative) and its web map otherwise. Coordinates are stored as
 * WGS-84 (what a GPS gives), which the URI is told; without them the address is searched.
 */
export function amapUrl(name: string, location: MapPoint): string {
  if (location.lat !== null && location.lng !== null) {
    const query = new URLSearchParams({
      position: `${location.lng},${location.lat}`,
      name,
      coordinate: 'wgs84',
      callnative: '1',
      src: SOURCE,
    })
    return `https://uri.amap.com/marker?${query}`
  }
  return `https://uri.amap.com/search?${new URLSearchParams({ keyword: location.address, city: '太原', callnative: '1', src: SOURCE })}`
}

/** The same place in Baidu Maps (百度地图), for residents who use that app. */
export function baiduUrl(name: string, location: MapPoint): string {
  if (location.lat !== null && location.lng !== null) {
    const query = new URLSearchParams({
      location: `${location.lat},${location.lng}`,
      title: name,
      content: location.address,
      coord_type: 'wgs84',
      output: 'html',
      src: SOURCE,
    })
    return `https://api.map.baidu.com/marker?${query}`
  }
  return `https://api.map.baidu.com/geocoder?${new URLSearchParams({ address: location.address, city: '太原', output: 'html', src: SOURCE })}`
}
